package vn.chibo.content.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Invitations;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.MemberEvents;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * Imports a roster. Every row is checked first; if any is wrong nothing is written. Otherwise, in one
 * transaction: units are found or created along each path; each cell in the file ends with exactly the
 * members the file lists (a name leaving one cell and arriving in another is a transfer, keeping the
 * member's history); each cell and each committee named by a role row ends with exactly the file's role
 * holders, and a unit the file names no role for keeps its holders. Running the same file again changes nothing.
 *
 * <p>{@link #preview} tells, by name, what {@link #run} would change, by doing exactly that and rolling it back: the
 * two can never disagree about what a file means.
 */
@Service
public class RosterImport {

    /** The outcome: rejected with every problem found, or imported with what changed. */
    public sealed interface Result {
        record Rejected(List<RowProblem> problems) implements Result {}

        record Imported(ImportReport report) implements Result {}

        /** What importing would change; nothing was written. */
        record Previewed(ImportReport report) implements Result {}
    }

    private final OrgUnits units;
    private final Members members;
    private final RoleAssignments roles;
    private final Invitations invitations;
    private final AuditLog audit;
    private final MemberEvents events;
    private final Clock clock;

    public RosterImport(
            OrgUnits units,
            Members members,
            RoleAssignments roles,
            Invitations invitations,
            AuditLog audit,
            MemberEvents events,
            Clock clock) {
        this.events = events;
        this.units = units;
        this.members = members;
        this.roles = roles;
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result run(byte[] file, Actor actor) {
        return imported(file, actor);
    }

    /**
     * Applies the file and rolls it back. Nested (a savepoint inside a caller's transaction, such as the one an update
     * is handled in), so that only the import's own writes are undone.
     */
    @Transactional(propagation = Propagation.NESTED)
    public Result preview(byte[] file, Actor actor) {
        Result result = imported(file, actor);
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return result instanceof Result.Imported imported
                ? new Result.Previewed(imported.report().previewed())
                : result;
    }

    private Result imported(byte[] file, Actor actor) {
        List<RosterRow> rows;
        try {
            rows = RosterReader.read(file);
        } catch (RosterFileException e) {
            return new Result.Rejected(List.of(e.problem()));
        }
        var validation = new RosterValidation(rows, LocalDate.now(clock));
        List<RowProblem> problems = new ArrayList<>(validation.problems);
        if (problems.isEmpty()) {
            checkScope(validation.entries, actor, problems);
            checkExistingKinds(validation.entries, problems);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(RowProblem::line));
            return new Result.Rejected(List.copyOf(problems));
        }
        return new Result.Imported(
                new RosterApplication(units, members, roles, invitations, audit, events, validation.entries, actor)
                        .apply(rows.size()));
    }

    private void checkScope(List<RosterEntry> entries, Actor actor, List<RowProblem> problems) {
        if (actor.admin()) {
            return;
        }
        List<String> root = actor.canManage() ? units.namePath(actor.acting().unit()) : null;
        for (RosterEntry entry : entries) {
            if (root == null
                    || entry.path().size() < root.size()
                    || !entry.path().subList(0, root.size()).equals(root)) {
                problems.add(RowProblem.of(entry.line(), Problem.OUTSIDE_SCOPE, String.join(" / ", entry.path())));
            }
        }
    }

    private void checkExistingKinds(List<RosterEntry> entries, List<RowProblem> problems) {
        Map<List<String>, Integer> seen = new HashMap<>();
        for (RosterEntry entry : entries) {
            List<String> path = entry.path();
            for (int depth = 1; depth <= path.size(); depth++) {
                List<String> prefix = path.subList(0, depth);
                if (seen.putIfAbsent(prefix, entry.line()) != null) {
                    continue;
                }
                OrgKind wanted = depth < path.size() || !entry.isMemberRow() ? OrgKind.COMMITTEE : OrgKind.CELL;
                existing(prefix)
                        .filter(u -> u.kind() != wanted)
                        .ifPresent(u -> problems.add(RowProblem.of(
                                entry.line(),
                                Problem.KIND_CHANGES,
                                String.join(" / ", prefix),
                                u.kind().name().toLowerCase(),
                                wanted.name().toLowerCase())));
            }
        }
    }

    private Optional<OrgUnit> existing(List<String> path) {
        Long parent = null;
        OrgUnit unit = null;
        for (String name : path) {
            Optional<OrgUnit> child = units.findChild(parent, name);
            if (child.isEmpty()) {
                return Optional.empty();
            }
            unit = child.get();
            parent = unit.id();
        }
        return Optional.ofNullable(unit);
    }
}

package vn.chibo.content.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * A committee office sets a reporting deadline for its directly subordinate organisations, every cell of its subtree,
 * or those picked, once or every few months; or rolls a deadline set above for its committee down to its own
 * organisations. Checked against who they are now and which organisations are theirs now, stored and audited in one
 * transaction.
 */
@Service
public class SetDeadline {

    /**
     * What to set: for {@code targets} ({@code unitIds}: those picked, for CHOSEN); {@code periodMonths} 0: once.
     * {@code parentId}: the deadline set above that this one rolls down (its title and period are then the
     * parent's, whatever given). {@code auditNote} is given the number of organisations it applies to.
     */
    public record Command(
            String title,
            LocalDate dueOn,
            int periodMonths,
            Deadline.Targets targets,
            List<Long> unitIds,
            Long parentId,
            IntFunction<String> auditNote) {}

    public sealed interface Result {
        /** Set, for {@code count} organisations counted as {@code counted}. */
        record Done(Deadline deadline, int count, Deadline.Counted counted) implements Result {}

        record Refused(Reason reason) implements Result {}
    }

    public enum Reason {
        /** The person does not act as a committee office now. */
        NOT_OFFICE,
        /** An organisation picked has left the committee since the form began, or none is left to ask. */
        CHANGED_MEANWHILE,
        /** The deadline rolled down is closed, past, not for this committee, or rolled down by it already. */
        NOT_FOR_US,
        /** A rolled-down deadline falls after the one it rolls down. */
        AFTER_PARENT,
        /** The due day has passed (the form was left open overnight). */
        IN_THE_PAST,
        /** Not once, monthly, quarterly, half-yearly or yearly. */
        NO_SUCH_PERIOD
    }

    private static final List<Integer> PERIODS = List.of(0, 1, 3, 6, 12);

    private final Deadlines deadlines;
    private final OrgUnits units;
    private final AuditLog audit;
    private final Clock clock;

    public SetDeadline(Deadlines deadlines, OrgUnits units, AuditLog audit, Clock clock) {
        this.deadlines = deadlines;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result run(Command command, Actor actor) {
        if (actor.acting() == null || actor.acting().role() != Role.OFFICE) {
            return new Result.Refused(Reason.NOT_OFFICE);
        }
        if (!PERIODS.contains(command.periodMonths())) {
            return new Result.Refused(Reason.NO_SUCH_PERIOD);
        }
        if (command.dueOn().isBefore(LocalDate.now(clock))) {
            return new Result.Refused(Reason.IN_THE_PAST);
        }
        OrgUnit committee = actor.acting().unit();
        if (committee.isCell()) {
            return new Result.Refused(Reason.NOT_OFFICE);
        }
        String title = command.title();
        int period = command.periodMonths();
        if (command.parentId() != null) {
            LocalDate today = LocalDate.now(clock);
            Optional<Deadline> parent = deadlines.rollableFor(committee, today).stream()
                    .filter(d -> d.id() == command.parentId())
                    .findFirst();
            Optional<LocalDate> parentDue = parent.flatMap(p -> p.nextDueFrom(today));
            if (parentDue.isEmpty()) {
                return new Result.Refused(Reason.NOT_FOR_US);
            }
            if (command.dueOn().isAfter(parentDue.get())) {
                return new Result.Refused(Reason.AFTER_PARENT);
            }
            title = parent.get().title();
            period = parent.get().periodMonths();
        }
        if (command.targets() == Deadline.Targets.CHOSEN) {
            Set<Long> direct =
                    units.children(committee.id()).stream().map(OrgUnit::id).collect(Collectors.toSet());
            if (command.unitIds().isEmpty() || !direct.containsAll(command.unitIds())) {
                return new Result.Refused(Reason.CHANGED_MEANWHILE);
            }
        }
        // Who it would ask, known before anything is stored: nobody left means the tree changed meanwhile.
        List<OrgUnit> targets = deadlines.targetsOf(new Deadline(
                0, committee.id(), title, command.dueOn(), period, command.targets(), command.unitIds(), null));
        if (targets.isEmpty()) {
            return new Result.Refused(Reason.CHANGED_MEANWHILE);
        }
        Deadline deadline = deadlines.create(
                committee,
                title,
                command.dueOn(),
                period,
                command.targets(),
                command.unitIds(),
                command.parentId(),
                actor.telegramUserId());
        audit.record(actor, committee, "deadline.created", command.auditNote().apply(targets.size()));
        return new Result.Done(deadline, targets.size(), Deadline.Counted.of(deadline, targets));
    }
}

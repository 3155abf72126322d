package vn.chibo.content.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * A committee office sets a reporting deadline for the cells of its committee (all, or those picked), once or every
 * few months: checked against who they are now and which cells are theirs now, stored and audited in one transaction.
 */
@Service
public class SetDeadline {

    /**
     * What to set. {@code cellIds} empty: every cell of the committee, now and later; {@code periodMonths} 0: once.
     * {@code auditNote} is given the number of cells it applies to.
     */
    public record Command(
            String title, LocalDate dueOn, int periodMonths, List<Long> cellIds, IntFunction<String> auditNote) {}

    public sealed interface Result {
        record Done(Deadline deadline, int cells) implements Result {}

        record Refused(Reason reason) implements Result {}
    }

    public enum Reason {
        /** The person does not act as a committee office now. */
        NOT_OFFICE,
        /** A cell picked has left the committee since the form began. */
        CHANGED_MEANWHILE,
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
        Set<Long> inScope = units.within(committee.path(), OrgKind.CELL).stream()
                .map(OrgUnit::id)
                .collect(Collectors.toSet());
        if (!inScope.containsAll(command.cellIds())) {
            return new Result.Refused(Reason.CHANGED_MEANWHILE);
        }
        Deadline deadline = deadlines.create(
                committee,
                command.title(),
                command.dueOn(),
                command.periodMonths(),
                command.cellIds(),
                actor.telegramUserId());
        int cells = deadlines.cellsOf(deadline).size();
        audit.record(actor, committee, "deadline.created", command.auditNote().apply(cells));
        return new Result.Done(deadline, cells);
    }
}

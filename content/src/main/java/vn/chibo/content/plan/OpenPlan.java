package vn.chibo.content.plan;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.OrgUnit;

/**
 * A committee office opens its annual plan for this year or the next: its organisations are then asked to register
 * their thematic topics and their "học tập và làm theo" model by the due date. One plan per committee and year.
 */
@Service
public class OpenPlan {

    public record Command(int year, LocalDate dueOn, AnnualPlan.Targets targets) {}

    public sealed interface Result {
        /** Opened, asking {@code asked} organisations. */
        record Done(AnnualPlan plan, int asked) implements Result {}

        record Refused(Reason reason) implements Result {}
    }

    public enum Reason {
        /** The person does not act as a committee office now. */
        NOT_OFFICE,
        /** Not this year or the next. */
        NO_SUCH_YEAR,
        /** The due day has passed. */
        IN_THE_PAST,
        /** The committee has a plan for that year already. */
        ALREADY_OPEN,
        /** No organisation to ask. */
        NOBODY
    }

    private final Plans plans;
    private final AuditLog audit;
    private final Clock clock;

    public OpenPlan(Plans plans, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result run(Command command, Actor actor) {
        if (actor.acting() == null
                || actor.acting().role() != Role.OFFICE
                || actor.acting().unit().isCell()) {
            return new Result.Refused(Reason.NOT_OFFICE);
        }
        LocalDate today = LocalDate.now(clock);
        if (command.year() < today.getYear() || command.year() > today.getYear() + 1) {
            return new Result.Refused(Reason.NO_SUCH_YEAR);
        }
        if (command.dueOn().isBefore(today)) {
            return new Result.Refused(Reason.IN_THE_PAST);
        }
        OrgUnit committee = actor.acting().unit();
        if (plans.of(committee, command.year()).isPresent()) {
            return new Result.Refused(Reason.ALREADY_OPEN);
        }
        int asked = plans.targetsOf(
                        new AnnualPlan(0, committee.id(), command.year(), command.dueOn(), command.targets()))
                .size();
        if (asked == 0) {
            return new Result.Refused(Reason.NOBODY);
        }
        AnnualPlan plan =
                plans.open(committee, command.year(), command.dueOn(), command.targets(), actor.telegramUserId());
        audit.record(actor, committee, "plan.opened", command.year() + ", " + asked);
        return new Result.Done(plan, asked);
    }
}

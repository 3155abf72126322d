package vn.chibo.content.plan;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.OrgUnit;

/**
 * An organisation registers to a plan of a committee above it: a cell by its secretary or deputy, a committee by
 * its office. Registering again replaces the registration. Checked against who they are and what the plan asks now.
 */
@Service
public class RegisterPlan {

    public sealed interface Result {
        record Done(AnnualPlan plan, boolean again) implements Result {}

        record Refused(Reason reason) implements Result {}
    }

    public enum Reason {
        /** The person does not act for the organisation now. */
        NOT_YOURS,
        /** The plan is gone or does not ask the organisation. */
        NOT_ASKED,
        /** A topic, the model's name or its content is missing, or something is too long. */
        INCOMPLETE
    }

    private final Plans plans;
    private final AuditLog audit;

    public RegisterPlan(Plans plans, AuditLog audit) {
        this.plans = plans;
        this.audit = audit;
    }

    @Transactional
    public Result run(Registration registration, Actor actor) {
        if (actor.acting() == null || actor.acting().unit().id() != registration.unitId()) {
            return new Result.Refused(Reason.NOT_YOURS);
        }
        OrgUnit unit = actor.acting().unit();
        boolean answers = unit.isCell()
                ? actor.acting().role().actsForCell()
                : actor.acting().role() == Role.OFFICE;
        if (!answers) {
            return new Result.Refused(Reason.NOT_YOURS);
        }
        Optional<AnnualPlan> plan = plans.find(registration.planId())
                .filter(p -> plans.targetsOf(p).stream().anyMatch(t -> t.id() == unit.id()));
        if (plan.isEmpty()) {
            return new Result.Refused(Reason.NOT_ASKED);
        }
        if (!complete(registration)) {
            return new Result.Refused(Reason.INCOMPLETE);
        }
        boolean again = plans.registrations(plan.get().id()).containsKey(unit.id());
        plans.register(registration, actor.telegramUserId());
        audit.record(actor, unit, "plan.registered", plan.get().year() + ": " + registration.modelName());
        return new Result.Done(plan.get(), again);
    }

    private static boolean complete(Registration r) {
        boolean topics = r.topics().stream().allMatch(t -> filled(t, Registration.MAX_LINE));
        boolean commitments = r.commitments() == null || r.commitments().length() <= Registration.MAX_TEXT;
        return topics
                && filled(r.modelName(), Registration.MAX_LINE)
                && filled(r.modelContent(), Registration.MAX_TEXT)
                && commitments;
    }

    private static boolean filled(String text, int max) {
        return text != null && !text.isBlank() && text.length() <= max;
    }
}

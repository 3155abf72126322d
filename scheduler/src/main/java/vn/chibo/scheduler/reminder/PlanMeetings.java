package vn.chibo.scheduler.reminder;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.access.Actor;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.OrgUnit;

/**
 * A secretary or deputy says when their cell meets: a monthly rule, one meeting, or no rule any more. Checked against
 * the cell they act for now, stored and audited in one transaction; the reminders follow from what is stored.
 */
@Service
public class PlanMeetings {

    /** What the cell's meetings become. */
    public sealed interface Plan {
        /** Every month by {@code rule}, starting at {@code startsAt}. */
        record Monthly(MeetingRule rule, LocalTime startsAt) implements Plan {}

        /** One meeting at {@code start}, beside any rule. */
        record Once(LocalDateTime start) implements Plan {}

        /** No monthly rule any more (meetings announced once stay). */
        record NoRule() implements Plan {}
    }

    /** {@code auditNote} says the plan in the words of the person's language, for the audit log. */
    public record Command(long cellId, Plan plan, String auditNote) {}

    public sealed interface Result {
        record Done(OrgUnit cell) implements Result {}

        record Refused(Reason reason) implements Result {}
    }

    public enum Reason {
        /** The person no longer acts for that cell (their role changed since the form began). */
        NOT_THEIR_CELL,
        /** The one meeting's start has passed (the form was left open). */
        IN_THE_PAST
    }

    private final MeetingSchedules schedules;
    private final AuditLog audit;
    private final Clock clock;

    public PlanMeetings(MeetingSchedules schedules, AuditLog audit, Clock clock) {
        this.schedules = schedules;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result run(Command command, Actor actor) {
        if (!actor.actsForCell() || actor.acting().unit().id() != command.cellId()) {
            return new Result.Refused(Reason.NOT_THEIR_CELL);
        }
        OrgUnit cell = actor.acting().unit();
        if (command.plan() instanceof Plan.Monthly monthly) {
            schedules.set(cell.id(), monthly.rule(), monthly.startsAt(), actor.telegramUserId());
            audit.record(actor, cell, "schedule.set", command.auditNote());
        } else if (command.plan() instanceof Plan.Once once) {
            if (!once.start().isAfter(LocalDateTime.now(clock))) {
                return new Result.Refused(Reason.IN_THE_PAST);
            }
            schedules.plan(cell.id(), once.start(), actor.telegramUserId());
            audit.record(actor, cell, "schedule.planned", command.auditNote());
        } else {
            schedules.clear(cell.id());
            audit.record(actor, cell, "schedule.cleared", command.auditNote());
        }
        return new Result.Done(cell);
    }
}

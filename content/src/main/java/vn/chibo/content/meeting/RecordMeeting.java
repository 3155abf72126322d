package vn.chibo.content.meeting;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.access.Actor;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * A secretary or deputy records a meeting of the cell they act for, or corrects one recorded before: checked against
 * who they are now and who is in the cell now, assessed by the meeting rules, stored with its attendance and audited,
 * all in one transaction. The chat only gathers the answers.
 */
@Service
public class RecordMeeting {

    /** What to record; {@code replacing} names a stored meeting to correct (null: a new one). */
    public record Command(MeetingRecord meeting, Long replacing, String auditNote) {}

    public sealed interface Result {
        /** Stored under {@code meetingId}; {@code assessment} is what the rules found. */
        record Recorded(long meetingId, OrgUnit cell, MeetingAssessment.Outcome assessment, boolean corrected)
                implements Result {}

        record Refused(Reason reason) implements Result {}
    }

    public enum Reason {
        /** The person no longer acts for that cell (their role changed since the form began). */
        NOT_THEIR_CELL,
        /** The chair or minute-taker left the cell, or the meeting to correct is gone, since the form began. */
        CHANGED_MEANWHILE,
        /** The meeting was recorded longer ago than it may still be changed. */
        TOO_LATE
    }

    private final Meetings meetings;
    private final Members members;
    private final OrgUnits units;
    private final MeetingAssessment assessment;
    private final AuditLog audit;
    private final Clock clock;

    public RecordMeeting(
            Meetings meetings,
            Members members,
            OrgUnits units,
            MeetingAssessment assessment,
            AuditLog audit,
            Clock clock) {
        this.meetings = meetings;
        this.members = members;
        this.units = units;
        this.assessment = assessment;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Deletes a meeting of the cell the person acts for, recorded less than {@code editWindow} ago, and audits it with
     * {@code auditNote}; empty when done, else why not.
     */
    @Transactional
    public Optional<Reason> withdraw(long meetingId, Actor actor, Duration editWindow, String auditNote) {
        Optional<StoredMeeting> stored = meetings.find(meetingId);
        if (stored.isEmpty()) {
            return Optional.of(Reason.CHANGED_MEANWHILE);
        }
        long cellId = stored.get().record().cellId();
        if (actor.acting() == null
                || !actor.acting().role().actsForCell()
                || actor.acting().unit().id() != cellId) {
            return Optional.of(Reason.NOT_THEIR_CELL);
        }
        if (!clock.instant().isBefore(stored.get().recordedAt().plus(editWindow))) {
            return Optional.of(Reason.TOO_LATE);
        }
        meetings.delete(meetingId);
        audit.record(actor, units.get(cellId), "meeting.deleted", auditNote);
        return Optional.empty();
    }

    @Transactional
    public Result run(Command command, Actor actor) {
        MeetingRecord m = command.meeting();
        boolean actsForCell = actor.acting() != null
                && actor.acting().role().actsForCell()
                && actor.acting().unit().id() == m.cellId();
        if (!actsForCell) {
            return new Result.Refused(Reason.NOT_THEIR_CELL);
        }
        Set<Long> current = members.ofCell(m.cellId()).stream().map(Member::id).collect(Collectors.toSet());
        boolean rolesStillHere =
                Stream.of(m.chairId(), m.minuteTakerId()).allMatch(id -> id != null && current.contains(id));
        if (!rolesStillHere) {
            return new Result.Refused(Reason.CHANGED_MEANWHILE);
        }
        MeetingAssessment.Outcome outcome = assessment.of(m);
        OrgUnit cell = units.get(m.cellId());
        if (command.replacing() != null) {
            boolean stillThere = meetings.find(command.replacing())
                    .filter(s -> s.record().cellId() == m.cellId())
                    .isPresent();
            if (!stillThere) {
                return new Result.Refused(Reason.CHANGED_MEANWHILE);
            }
            meetings.replace(command.replacing(), m, outcome.quality());
            audit.record(actor, cell, "meeting.edited", command.auditNote());
            return new Result.Recorded(command.replacing(), cell, outcome, true);
        }
        long id = meetings.record(m, outcome.quality(), actor.telegramUserId());
        audit.record(actor, cell, "meeting.recorded", command.auditNote());
        return new Result.Recorded(id, cell, outcome, false);
    }
}

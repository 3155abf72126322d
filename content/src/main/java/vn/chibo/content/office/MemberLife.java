package vn.chibo.content.office;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.access.Actor;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.LifeEvent;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberEvent;
import vn.chibo.content.org.MemberEvents;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * Records the events of a member's life in the Party (issue 19): recognition as an official member, exemption,
 * temporary attendance elsewhere, suspension and their ends, and leaving (transfer out, death, xóa tên, khai trừ,
 * leaving the Party). Each is re-checked against the person's scope and the member's status as they are now, then
 * changes the member, keeps the event, and audits it, in one transaction.
 */
@Service
public class MemberLife {

    /** Probation lasts 12 months (Charter art. 5); recognition takes effect when it ends. */
    public static final int PROBATION_MONTHS = 12;

    public sealed interface Result {
        /** Recorded; {@code status} is the member's status after it (null: the member left the list). */
        record Done(OrgUnit cell, String name, MemberStatus status) implements Result {}

        record Refused(Reason reason, LocalDate earliest) implements Result {
            public Refused(Reason reason) {
                this(reason, null);
            }
        }
    }

    public enum Reason {
        /** The member is gone, moved, or outside the person's scope since the form began. */
        CHANGED_MEANWHILE,
        /** The member's status no longer allows it (another change was recorded meanwhile). */
        NOT_FROM_STATUS,
        /** The day is before {@code earliest}: admission, the last recorded event, or the end of probation. */
        TOO_EARLY,
        /** The day has not come yet. */
        FUTURE,
        /** A reason or a decision the event needs is missing or too long. */
        DETAILS
    }

    private final Members members;
    private final MemberEvents events;
    private final OrgUnits units;
    private final AuditLog audit;
    private final Clock clock;

    public MemberLife(Members members, MemberEvents events, OrgUnits units, AuditLog audit, Clock clock) {
        this.members = members;
        this.events = events;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** The member, if {@code actor} keeps their record now (the member is on a list in the person's scope). */
    public Optional<Member> memberFor(Actor actor, long memberId) {
        if (!actor.keepsMemberRecords()) {
            return Optional.empty();
        }
        return members.find(memberId)
                .filter(m ->
                        units.find(m.cellId()).filter(actor.scope()::includes).isPresent());
    }

    /** The member on a list, whoever asks: for checking a form's answer, never for showing. */
    public Optional<Member> member(long memberId) {
        return members.find(memberId);
    }

    /**
     * The first day {@code kind} may take effect for {@code member}: not before admission, nor before the member's last
     * recorded event; recognition not before 12 months of probation are over. Null: any day up to today.
     */
    public LocalDate earliest(Member member, LifeEvent kind) {
        LocalDate earliest = member.partyJoinDate();
        if (kind == LifeEvent.RECOGNISED && earliest != null) {
            earliest = earliest.plusMonths(PROBATION_MONTHS);
        }
        LocalDate last = events.latest(member.id()).map(MemberEvent::on).orElse(null);
        if (last != null && (earliest == null || last.isAfter(earliest))) {
            earliest = last;
        }
        return earliest;
    }

    @Transactional
    public Result record(
            Actor actor, long memberId, long cellId, LifeEvent kind, LocalDate on, String reason, String decision) {
        Optional<Member> found = memberFor(actor, memberId).filter(m -> m.cellId() == cellId);
        if (found.isEmpty() || kind == LifeEvent.ADMITTED) {
            return new Result.Refused(Reason.CHANGED_MEANWHILE);
        }
        Member member = found.get();
        if (!kind.appliesTo(member.status())) {
            return new Result.Refused(Reason.NOT_FROM_STATUS);
        }
        if (on.isAfter(LocalDate.now(clock))) {
            return new Result.Refused(Reason.FUTURE);
        }
        LocalDate earliest = earliest(member, kind);
        if (earliest != null && on.isBefore(earliest)) {
            return new Result.Refused(Reason.TOO_EARLY, earliest);
        }
        if (!fits(reason, kind.reason(), MemberEvent.MAX_REASON)
                || !fits(decision, kind.decision(), MemberEvent.MAX_DECISION)) {
            return new Result.Refused(Reason.DETAILS);
        }
        MemberStatus after = kind.endsMembership()
                ? null
                : kind.restores() ? events.before(member.id(), member.status()) : kind.to();
        events.record(member, kind, on, after, blankToNull(reason), blankToNull(decision), actor.telegramUserId());
        if (after == null) {
            members.leave(member, kind, on);
        } else {
            members.changeStatus(member, after);
        }
        OrgUnit cell = units.get(member.cellId());
        audit.record(actor, cell, "member.life", member.fullName() + ": " + kind.name() + " " + on);
        return new Result.Done(cell, member.fullName(), after);
    }

    /** Keeps the admission of a probationary member added to a list with the day they were admitted. */
    public void admitted(Member member, Long byUserId) {
        events.admitted(member, byUserId);
    }

    private static boolean fits(String text, LifeEvent.Need need, int max) {
        boolean blank = text == null || text.isBlank();
        if (need == LifeEvent.Need.NO) {
            return blank;
        }
        return (need == LifeEvent.Need.MAY || !blank) && (blank || text.strip().length() <= max);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package vn.chibo.content.commendation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.access.Actor;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * Corrects a saved commendation (its decision's number or date, its issuer, its achievement) or deletes it, as a
 * meeting's minutes can be: within the edit window from its recording, by someone who records commendations and whose
 * scope holds it now. The correction meets the rules a new record meets; it is stored and audited in one transaction.
 */
@Service
public class CorrectCommendations {

    /** What may be corrected. */
    public enum Field {
        DECISION_NUMBER,
        DECISION_DATE,
        ISSUER,
        ACHIEVEMENT
    }

    public enum Reason {
        /** Deleted, or moved out of the person's scope, since it was shown. */
        GONE,
        /** The edit window has closed. */
        TOO_LATE,
        /** The new decision date is in the future, before the Party, or before the period. */
        DECISION_DATE,
        /** The member has not yet held the badge's years by the new decision date. */
        NOT_YET_ELIGIBLE
    }

    private final Commendations commendations;
    private final OrgUnits units;
    private final Members members;
    private final AuditLog audit;
    private final Clock clock;

    public CorrectCommendations(
            Commendations commendations, OrgUnits units, Members members, AuditLog audit, Clock clock) {
        this.commendations = commendations;
        this.units = units;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the person may still correct or delete it: they record commendations, it is theirs, the window open. */
    public boolean correctable(StoredCommendation stored, Actor actor, Duration editWindow) {
        return refusal(Optional.of(stored), actor, editWindow).isEmpty();
    }

    /**
     * Sets {@code field} to {@code value} (a decision date as yyyy-MM-dd); {@code auditNote} words the audit entry from
     * the commendation as it was.
     */
    @Transactional
    public Optional<Reason> correct(
            long id,
            Field field,
            String value,
            Actor actor,
            Duration editWindow,
            Function<StoredCommendation, String> auditNote) {
        Optional<StoredCommendation> found = commendations.find(id);
        Optional<Reason> refused = refusal(found, actor, editWindow);
        if (refused.isPresent()) {
            return refused;
        }
        StoredCommendation stored = found.get();
        Commendation corrected = with(stored.commendation(), field, value);
        if (field == Field.DECISION_DATE) {
            Optional<Reason> dateRefused = checkDate(corrected);
            if (dateRefused.isPresent()) {
                return dateRefused;
            }
        }
        int recordedYear = LocalDate.ofInstant(stored.recordedAt(), zone()).getYear();
        if (!commendations.correct(id, corrected, recordedYear)) {
            return Optional.of(Reason.GONE);
        }
        audit.record(
                actor, units.get(stored.commendation().unitId()), "commendation.corrected", auditNote.apply(stored));
        return Optional.empty();
    }

    /** Deletes it, audited with {@code auditNote}. */
    @Transactional
    public Optional<Reason> withdraw(long id, Actor actor, Duration editWindow, String auditNote) {
        Optional<StoredCommendation> found = commendations.find(id);
        Optional<Reason> refused = refusal(found, actor, editWindow);
        if (refused.isPresent()) {
            return refused;
        }
        if (!commendations.delete(id)) {
            return Optional.of(Reason.GONE);
        }
        OrgUnit unit = units.get(found.get().commendation().unitId());
        audit.record(actor, unit, "commendation.deleted", auditNote);
        return Optional.empty();
    }

    private Optional<Reason> refusal(Optional<StoredCommendation> found, Actor actor, Duration editWindow) {
        if (found.isEmpty()
                || !actor.recordsCommendations()
                || units.find(found.get().commendation().unitId())
                        .filter(actor.scope()::includes)
                        .isEmpty()) {
            return Optional.of(Reason.GONE);
        }
        if (!clock.instant().isBefore(found.get().recordedAt().plus(editWindow))) {
            return Optional.of(Reason.TOO_LATE);
        }
        return Optional.empty();
    }

    private Optional<Reason> checkDate(Commendation c) {
        if (DecisionDateRule.check(c.decisionDate(), LocalDate.now(clock), c.period())
                .isPresent()) {
            return Optional.of(Reason.DECISION_DATE);
        }
        if (c.form() == AwardForm.BADGE && c.memberId() != null) {
            List<Member> member = members
                    .awardableOf(c.unitId(), LocalDate.now(clock).minusMonths(BadgeCalendar.POSTHUMOUS_WINDOW_MONTHS))
                    .stream()
                    .filter(m -> m.id() == c.memberId())
                    .toList();
            if (!member.isEmpty()
                    && BadgeEligibility.check(member, c.badgeYears(), c.decisionDate())
                            .isPresent()) {
                return Optional.of(Reason.NOT_YET_ELIGIBLE);
            }
        }
        return Optional.empty();
    }

    private static Commendation with(Commendation c, Field field, String value) {
        return new Commendation(
                c.unitId(),
                c.memberId(),
                c.recipientName(),
                c.form(),
                c.formName(),
                c.badgeYears(),
                field == Field.ISSUER ? value : c.issuer(),
                field == Field.ACHIEVEMENT ? value : c.achievement(),
                c.period(),
                c.documents(),
                field == Field.DECISION_NUMBER ? value : c.decisionNumber(),
                field == Field.DECISION_DATE ? LocalDate.parse(value) : c.decisionDate(),
                c.photoFileIds());
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}

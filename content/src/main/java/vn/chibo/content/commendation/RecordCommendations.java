package vn.chibo.content.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.access.Actor;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * Records a commendation: for a collective in the person's scope, or for members of a cell in scope, one record each.
 * Re-checked against the organisation as it is now (the form's answers may be minutes old), then stored and audited in
 * one transaction.
 */
@Service
public class RecordCommendations {

    /** Who is commended. */
    public sealed interface Recipient {
        record Collective(long unitId) implements Recipient {}

        record Members(long cellId, List<Long> memberIds) implements Recipient {}
    }

    /**
     * The commendation, the same for every recipient ({@code award.unitId}, {@code memberId} and {@code recipientName}
     * are filled in per recipient). {@code auditNote} words the audit entry from the recipients' names.
     */
    public record Command(Commendation award, Recipient recipient, Function<String, String> auditNote) {}

    public sealed interface Result {
        /** {@code recipients}: their names as recorded, joined with ", ". */
        record Recorded(List<Long> ids, String recipients) implements Result {}

        record Refused(Reason reason) implements Result {}
    }

    public enum Reason {
        /** The unit, the cell or a member is gone or out of the person's scope since the form began. */
        CHANGED_MEANWHILE,
        /** A member has not yet held the badge's years by the decision's date. */
        NOT_YET_ELIGIBLE,
        /** The decision date is in the future, before the Party, or before the period. */
        DECISION_DATE
    }

    private final Commendations commendations;
    private final Members members;
    private final OrgUnits units;
    private final AuditLog audit;
    private final Clock clock;

    public RecordCommendations(
            Commendations commendations, Members members, OrgUnits units, AuditLog audit, Clock clock) {
        this.commendations = commendations;
        this.members = members;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result run(Command command, Actor actor) {
        Commendation award = command.award();
        LocalDate today = LocalDate.now(clock);
        if (award.decisionDate() != null
                && DecisionDateRule.check(award.decisionDate(), today, award.period())
                        .isPresent()) {
            return new Result.Refused(Reason.DECISION_DATE);
        }
        List<Commendation> records = new ArrayList<>();
        OrgUnit auditUnit;
        if (command.recipient() instanceof Recipient.Members people) {
            Optional<OrgUnit> cell = units.find(people.cellId()).filter(actor.scope()::includes);
            List<Member> chosen = cell.isEmpty()
                    ? List.of()
                    : members
                            .awardableOf(people.cellId(), today.minusMonths(BadgeCalendar.POSTHUMOUS_WINDOW_MONTHS))
                            .stream()
                            .filter(m -> people.memberIds().contains(m.id()))
                            .toList();
            if (chosen.isEmpty() || chosen.size() != people.memberIds().size()) {
                return new Result.Refused(Reason.CHANGED_MEANWHILE);
            }
            if (award.form() == AwardForm.BADGE) {
                LocalDate asOf = award.decisionDate() == null ? today : award.decisionDate();
                if (BadgeEligibility.check(chosen, award.badgeYears(), asOf).isPresent()) {
                    return new Result.Refused(Reason.NOT_YET_ELIGIBLE);
                }
            }
            chosen.forEach(m -> records.add(to(award, cell.get().id(), m.id(), m.fullName())));
            auditUnit = cell.get();
        } else {
            long unitId = ((Recipient.Collective) command.recipient()).unitId();
            Optional<OrgUnit> unit = units.find(unitId).filter(actor.scope()::includes);
            if (unit.isEmpty()) {
                return new Result.Refused(Reason.CHANGED_MEANWHILE);
            }
            records.add(to(award, unit.get().id(), null, unit.get().name()));
            auditUnit = unit.get();
        }
        List<Long> ids = commendations.record(records, actor.telegramUserId());
        String recipients = records.stream().map(Commendation::recipientName).collect(Collectors.joining(", "));
        audit.record(
                actor, auditUnit, "commendation.recorded", command.auditNote().apply(recipients));
        return new Result.Recorded(ids, recipients);
    }

    private static Commendation to(Commendation award, long unitId, Long memberId, String name) {
        return new Commendation(
                unitId,
                memberId,
                name,
                award.form(),
                award.formName(),
                award.badgeYears(),
                award.issuer(),
                award.achievement(),
                award.period(),
                award.documents(),
                award.decisionNumber(),
                award.decisionDate(),
                award.photoFileIds());
    }
}

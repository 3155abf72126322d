package vn.chibo.content.office;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.access.Actor;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.roster.Fold;

/**
 * The office's changes to the organisation, one method per thing a person does. Each re-checks what the form's
 * answers point at against the person's scope as it is now (the answers may be minutes old), changes, and audits.
 */
@Service
public class OrganisationChanges {

    public sealed interface Result {
        /** Done: the unit it was done in (the new or renamed cell, the member's cell after). */
        record Done(OrgUnit unit, String name) implements Result {}

        /** Not done; {@code where} is the committee or cell that already has the name (null otherwise). */
        record Refused(Reason reason, OrgUnit where) implements Result {
            Refused(Reason reason) {
                this(reason, null);
            }
        }
    }

    public enum Reason {
        /** The unit or member is gone, moved, or outside the person's scope since the form began. */
        CHANGED_MEANWHILE,
        /** A cell of that name is already under that committee, or a member of that name in that cell. */
        ALREADY_THERE
    }

    private final OrgUnits units;
    private final Members members;
    private final AuditLog audit;
    private final MemberLife life;

    public OrganisationChanges(OrgUnits units, Members members, AuditLog audit, MemberLife life) {
        this.units = units;
        this.members = members;
        this.audit = audit;
        this.life = life;
    }

    @Transactional
    public Result addCell(Actor actor, long committeeId, String name) {
        Optional<OrgUnit> committee = inScope(committeeId, actor).filter(u -> !u.isCell());
        if (committee.isEmpty()) {
            return new Result.Refused(Reason.CHANGED_MEANWHILE);
        }
        if (units.findChild(committee.get().id(), name).isPresent()) {
            return new Result.Refused(Reason.ALREADY_THERE, committee.get());
        }
        OrgUnit cell = units.add(committee.get().id(), OrgKind.CELL, name, OrgUnits.shortNameOf(name));
        audit.record(
                actor, cell, "unit.added", cell.name() + " — " + committee.get().name());
        return new Result.Done(cell, cell.name());
    }

    @Transactional
    public Result renameCell(Actor actor, long cellId, String name) {
        Optional<OrgUnit> cell = inScope(cellId, actor).filter(OrgUnit::isCell);
        if (cell.isEmpty()) {
            return new Result.Refused(Reason.CHANGED_MEANWHILE);
        }
        if (units.findChild(cell.get().parentId(), name)
                .filter(u -> u.id() != cellId)
                .isPresent()) {
            return new Result.Refused(Reason.ALREADY_THERE, units.get(cell.get().parentId()));
        }
        OrgUnit renamed = units.rename(cell.get(), name, OrgUnits.shortNameOf(name));
        audit.record(actor, renamed, "unit.renamed", cell.get().name() + " → " + renamed.name());
        return new Result.Done(renamed, cell.get().name());
    }

    /**
     * Sets a committee's document settings: the place name its documents (and its cells' minutes) are dated from, and
     * the shortest meeting it allows its cells (null: the rule's 90 minutes). Audited with both values.
     */
    @Transactional
    public Result setDocumentSettings(Actor actor, long committeeId, String locality, Integer meetingMinutes) {
        Optional<OrgUnit> committee = inScope(committeeId, actor).filter(u -> !u.isCell());
        if (committee.isEmpty()) {
            return new Result.Refused(Reason.CHANGED_MEANWHILE);
        }
        units.setLocality(committeeId, locality);
        units.setMeetingMinutes(committeeId, meetingMinutes);
        audit.record(
                actor,
                committee.get(),
                "unit.settings",
                (locality == null ? "-" : locality) + "; " + (meetingMinutes == null ? "-" : meetingMinutes + "'"));
        return new Result.Done(committee.get(), committee.get().name());
    }

    @Transactional
    public Result addMember(Actor actor, long cellId, String name, MemberStatus status, LocalDate joined) {
        Optional<OrgUnit> cell = inScope(cellId, actor).filter(OrgUnit::isCell);
        if (cell.isEmpty()) {
            return new Result.Refused(Reason.CHANGED_MEANWHILE);
        }
        boolean there = members.ofCell(cellId).stream()
                .anyMatch(m -> Fold.of(m.fullName()).equals(Fold.of(name)));
        if (there) {
            return new Result.Refused(Reason.ALREADY_THERE, cell.get());
        }
        Member member = members.add(cell.get(), name, status, joined);
        life.admitted(member, actor.telegramUserId());
        audit.record(
                actor,
                cell.get(),
                "member.added",
                member.fullName() + " — " + cell.get().name());
        return new Result.Done(cell.get(), member.fullName());
    }

    /** Moves a member, found in {@code fromCellId}, to another cell in scope; the member's history goes along. */
    @Transactional
    public Result transferMember(Actor actor, long memberId, long fromCellId, long toCellId) {
        Optional<Member> member = memberInScope(memberId, actor).filter(m -> m.cellId() == fromCellId);
        Optional<OrgUnit> to = inScope(toCellId, actor).filter(OrgUnit::isCell);
        if (member.isEmpty() || to.isEmpty()) {
            return new Result.Refused(Reason.CHANGED_MEANWHILE);
        }
        String from = units.get(fromCellId).name();
        members.transfer(member.get(), to.get(), actor.telegramUserId());
        audit.record(
                actor,
                to.get(),
                "member.transferred",
                member.get().fullName() + ": " + from + " → " + to.get().name());
        return new Result.Done(to.get(), member.get().fullName());
    }

    private Optional<OrgUnit> inScope(long unitId, Actor actor) {
        return actor.canManage() ? units.find(unitId).filter(actor.scope()::includes) : Optional.empty();
    }

    private Optional<Member> memberInScope(long memberId, Actor actor) {
        return members.find(memberId).filter(m -> inScope(m.cellId(), actor).isPresent());
    }
}

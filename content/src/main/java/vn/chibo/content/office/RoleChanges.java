package vn.chibo.content.office;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Invitation;
import vn.chibo.content.access.Invitations;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.roster.Fold;

/**
 * Who holds which role, as the office changes it: a role handed to someone with the invitation link that lets them
 * take it up, or a fresh link for a role holder whose link was lost. Each re-checks the person's scope as it is now,
 * changes, issues and audits in one transaction.
 */
@Service
public class RoleChanges {

    public sealed interface Result {
        /** Done: the role as held now, and the invitation to pass on (valid {@link Invitations#DEFAULT_VALIDITY}). */
        record Invited(RoleAssignment role, Invitation invitation) implements Result {}

        record Refused(Reason reason) implements Result {}
    }

    public enum Reason {
        /** The person may not manage roles, the unit is outside their scope, or the role does not fit the unit. */
        NOT_ALLOWED,
        /** The member or role holder is gone or moved since the form began. */
        CHANGED_MEANWHILE,
        /** That person already holds that role there (names compared without accents). */
        ALREADY_HELD
    }

    private final OrgUnits units;
    private final Members members;
    private final RoleAssignments roles;
    private final Invitations invitations;
    private final AuditLog audit;

    public RoleChanges(
            OrgUnits units, Members members, RoleAssignments roles, Invitations invitations, AuditLog audit) {
        this.units = units;
        this.members = members;
        this.roles = roles;
        this.invitations = invitations;
        this.audit = audit;
    }

    /**
     * Hands {@code role} in {@code unitId} to a member of that cell ({@code memberId}, for a cell's secretary, deputy,
     * cell committee member or minute-taker) or to a person named {@code personName} (a committee's leader or office, or the committee member who
     * follows a cell).
     */
    @Transactional
    public Result give(Actor actor, long unitId, Role role, Long memberId, String personName) {
        Optional<OrgUnit> unit = actor.canManage()
                ? units.find(unitId).filter(actor.scope()::includes).filter(u -> role.heldOnCell() == u.isCell())
                : Optional.empty();
        if (unit.isEmpty()) {
            return new Result.Refused(Reason.NOT_ALLOWED);
        }
        String person = personName;
        if (role.heldByCellMember()) {
            Optional<Member> member =
                    memberId == null ? Optional.empty() : members.find(memberId).filter(m -> m.cellId() == unitId);
            if (member.isEmpty()) {
                return new Result.Refused(Reason.CHANGED_MEANWHILE);
            }
            person = member.get().fullName();
        }
        String folded = Fold.of(person);
        if (roles.ofUnit(unitId).stream()
                .anyMatch(r -> r.role() == role && Fold.of(r.personName()).equals(folded))) {
            return new Result.Refused(Reason.ALREADY_HELD);
        }
        RoleAssignment assigned = roles.assign(unit.get(), role, person, null);
        Invitation invitation = invitations.issue(assigned, actor.telegramUserId(), Invitations.DEFAULT_VALIDITY);
        audit.record(
                actor,
                unit.get(),
                "role.assigned",
                role.name().toLowerCase() + ": " + person + " — " + unit.get().name());
        return new Result.Invited(assigned, invitation);
    }

    /** A fresh link for a role holder in scope; the unused links issued before stop working. */
    @Transactional
    public Result reinvite(Actor actor, long roleAssignmentId) {
        Optional<RoleAssignment> role = actor.canManage()
                ? roles.find(roleAssignmentId).filter(r -> actor.scope().includes(r.unit()))
                : Optional.empty();
        if (role.isEmpty()) {
            return new Result.Refused(Reason.CHANGED_MEANWHILE);
        }
        invitations.revokeOpen(role.get());
        Invitation invitation = invitations.issue(role.get(), actor.telegramUserId(), Invitations.DEFAULT_VALIDITY);
        audit.record(
                actor,
                role.get().unit(),
                "invitation.issued",
                role.get().role().name().toLowerCase() + ": " + role.get().personName());
        return new Result.Invited(role.get(), invitation);
    }
}

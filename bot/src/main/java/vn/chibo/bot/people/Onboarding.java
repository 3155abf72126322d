package vn.chibo.bot.people;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Invitations;
import vn.chibo.content.access.MemberInvitations;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.scheduler.delivery.Outgoing;

/** /start with an invitation code: takes up the role it was issued for, or links a member's own record; once. */
@Component
public class Onboarding {

    private static final Logger log = LoggerFactory.getLogger(Onboarding.class);

    private final Invitations invitations;
    private final MemberInvitations memberInvitations;
    private final OrgUnits units;
    private final RoleAssignments roles;
    private final AuditLog audit;
    private final Texts texts;

    Onboarding(
            Invitations invitations,
            MemberInvitations memberInvitations,
            OrgUnits units,
            RoleAssignments roles,
            AuditLog audit,
            Texts texts) {
        this.invitations = invitations;
        this.memberInvitations = memberInvitations;
        this.units = units;
        this.roles = roles;
        this.audit = audit;
        this.texts = texts;
    }

    public List<Outgoing> redeem(Incoming in, String code) {
        if (MemberInvitations.isMemberCode(code)) {
            return redeemAsMember(in, code);
        }
        Invitations.Outcome outcome = invitations.redeem(code, in.userId());
        String reply;
        if (outcome instanceof Invitations.Outcome.Accepted accepted) {
            var role = accepted.role();
            roles.actIn(in.userId(), role.id());
            audit.record(
                    in.userId(),
                    in.userName(),
                    role.unit().path(),
                    "invitation.redeemed",
                    role.personName() + " — "
                            + texts.t(
                                    "role." + role.role().name().toLowerCase(),
                                    role.unit().name()));
            String label = texts.t(
                    "role." + role.role().name().toLowerCase(), role.unit().name());
            reply = texts.t("invite.accepted", role.personName(), label);
            if (accepted.previousHolder() != null) {
                // The one who held the role on Telegram learns it moved: a link re-issued by the office was used.
                return List.of(
                        Outgoing.text(in.chatId(), reply),
                        Outgoing.text(accepted.previousHolder(), texts.t("invite.moved_away", label)));
            }
        } else if (outcome instanceof Invitations.Outcome.AlreadyUsed) {
            log.warn("User {} presented an invitation code that was already used", in.userId());
            reply = texts.t("invite.used");
        } else if (outcome instanceof Invitations.Outcome.Expired) {
            reply = texts.t("invite.expired");
        } else {
            log.warn("User {} presented an unknown invitation code", in.userId());
            reply = texts.t("start.invite_invalid");
        }
        return List.of(Outgoing.text(in.chatId(), reply));
    }

    /** A member's code: links the account to the member's own record. */
    private List<Outgoing> redeemAsMember(Incoming in, String code) {
        MemberInvitations.Outcome outcome = memberInvitations.redeem(code, in.userId());
        String reply;
        if (outcome instanceof MemberInvitations.Outcome.Accepted accepted) {
            Member member = accepted.member();
            OrgUnit cell = units.find(member.cellId()).orElse(null);
            String cellName = cell == null ? "" : cell.name();
            audit.record(
                    in.userId(),
                    member.fullName(),
                    cell == null ? "/" : cell.path(),
                    "member.joined",
                    member.fullName());
            reply = texts.t("member.welcome", member.fullName(), cellName);
        } else if (outcome instanceof MemberInvitations.Outcome.AlreadyUsed) {
            log.warn("User {} presented a member invitation code that was already used", in.userId());
            reply = texts.t("member.invite.used");
        } else if (outcome instanceof MemberInvitations.Outcome.Expired) {
            reply = texts.t("member.invite.expired");
        } else if (outcome instanceof MemberInvitations.Outcome.Gone) {
            reply = texts.t("member.invite.gone");
        } else {
            log.warn("User {} presented an unknown member invitation code", in.userId());
            reply = texts.t("start.invite_invalid");
        }
        return List.of(Outgoing.text(in.chatId(), reply));
    }
}

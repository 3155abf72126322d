package vn.chibo.bot.people;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.telegram.BotIdentity;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Invitation;
import vn.chibo.content.access.Invitations;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.audit.AuditLog;

/** Issues a fresh invitation for a role holder in scope (a lost link, a new phone); earlier unused links stop working. */
@Component
class InviteForm extends ManagementForm {

    private final Texts texts;
    private final Choices choices;
    private final RoleAssignments roles;
    private final Invitations invitations;
    private final AuditLog audit;
    private final BotIdentity bot;

    InviteForm(
            Texts texts,
            Choices choices,
            RoleAssignments roles,
            Invitations invitations,
            AuditLog audit,
            BotIdentity bot) {
        this.texts = texts;
        this.choices = choices;
        this.roles = roles;
        this.invitations = invitations;
        this.audit = audit;
        this.bot = bot;
    }

    @Override
    public String name() {
        return "invite";
    }

    @Override
    public List<Question> questions() {
        return List.of(Question.choose("role")
                .prompt(a -> texts.t("invite.ask_role"))
                .options((a, actor) -> choices.roleHolders(actor)));
    }

    @Override
    public String summary(Answers a, Actor actor) {
        return texts.t("invite.summary", a.label("role"));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        RoleAssignment role = roles.find(a.id("role"))
                .filter(r -> actor.scope().includes(r.unit()))
                .orElse(null);
        if (role == null) {
            return Saved.refused(texts.t("form.changed_meanwhile"));
        }
        invitations.revokeOpen(role);
        Invitation invitation = invitations.issue(role, actor.telegramUserId(), Invitations.DEFAULT_VALIDITY);
        audit.record(
                actor, role.unit(), "invitation.issued", role.role().name().toLowerCase() + ": " + role.personName());
        return Saved.text(texts.t("invite.done", a.label("role"), bot.deepLink(invitation.code())));
    }
}

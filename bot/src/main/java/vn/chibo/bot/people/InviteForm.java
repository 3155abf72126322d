package vn.chibo.bot.people;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.telegram.BotIdentity;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.office.RoleChanges;

/** Issues a fresh invitation for a role holder in scope (a lost link, a new phone); earlier unused links stop working. */
@Component
class InviteForm extends ManagementForm {

    // The questions, by key.
    static final String ROLE = "role";

    private final Texts texts;
    private final Choices choices;
    private final RoleChanges roleChanges;
    private final BotIdentity bot;

    InviteForm(Texts texts, Choices choices, RoleChanges roleChanges, BotIdentity bot) {
        this.texts = texts;
        this.choices = choices;
        this.roleChanges = roleChanges;
        this.bot = bot;
    }

    @Override
    public String name() {
        return "invite";
    }

    @Override
    public List<Question> questions() {
        return List.of(Question.choose(ROLE)
                .prompt(a -> texts.t("invite.ask_role"))
                .options((a, actor) -> choices.roleHolders(actor)));
    }

    @Override
    public String summary(Answers a, Actor actor) {
        return texts.t("invite.summary", a.label(ROLE));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        if (roleChanges.reinvite(actor, a.id(ROLE)) instanceof RoleChanges.Result.Invited invited) {
            return Saved.text(texts.t(
                            "invite.done",
                            a.label(ROLE),
                            bot.deepLink(invited.invitation().code())))
                    .holdingASecret();
        }
        return Saved.refused(texts.t("form.changed_meanwhile"));
    }
}

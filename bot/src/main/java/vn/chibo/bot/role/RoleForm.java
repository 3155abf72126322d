package vn.chibo.bot.role;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.RoleLabels;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Form;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;

/**
 * /vaitro: a person holding several roles picks the one they act in. One question, no summary card: the choice is
 * the whole answer. Saving re-checks that the role is still theirs (it may have been taken away meanwhile).
 */
@Component
class RoleForm implements Form {

    static final String NAME = "role";
    static final String ROLE = "role";

    private static final Logger log = LoggerFactory.getLogger(RoleForm.class);

    private final Texts texts;
    private final RoleAssignments roles;
    private final RoleLabels labels;

    RoleForm(Texts texts, RoleAssignments roles, RoleLabels labels) {
        this.texts = texts;
        this.roles = roles;
        this.labels = labels;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean allows(Actor actor) {
        return true;
    }

    @Override
    public List<Question> questions() {
        return List.of(Question.choose(ROLE).prompt(a -> texts.t("role.pick")).options((a, actor) -> held(actor)));
    }

    /** The roles held, the one acted in now ticked. */
    private List<Option> held(Actor actor) {
        long acting = actor.acting() == null ? -1 : actor.acting().id();
        return roles.heldBy(actor.telegramUserId()).stream()
                .map(role ->
                        new Option((role.id() == acting ? "✓ " : "") + labels.shortOf(role), Long.toString(role.id())))
                .toList();
    }

    @Override
    public String summary(Answers answers, Actor actor) {
        return null;
    }

    @Override
    public Saved save(Answers answers, Actor actor, long chatId) {
        long chosen = answers.id(ROLE);
        if (!roles.holds(actor.telegramUserId(), chosen)) {
            log.warn("User {} picked a role that is no longer theirs: {}", actor.telegramUserId(), chosen);
            return Saved.refused(texts.t("access.denied"));
        }
        RoleAssignment role = roles.actIn(actor.telegramUserId(), chosen);
        return Saved.text(texts.t("role.now_acting", labels.of(role))).withToast(texts.t("role.switched"));
    }
}

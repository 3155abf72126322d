package vn.chibo.bot.people;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.office.OrganisationChanges;

/** Takes a member off a cell's list (the record stays, for history). */
@Component
class RemoveMemberForm extends ManagementForm {

    // The questions, by key.
    static final String CELL = "cell";
    static final String MEMBER = "member";

    private final Texts texts;
    private final Choices choices;
    private final OrganisationChanges changes;

    RemoveMemberForm(Texts texts, Choices choices, OrganisationChanges changes) {
        this.texts = texts;
        this.choices = choices;
        this.changes = changes;
    }

    @Override
    public String name() {
        return "removemember";
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose(CELL)
                        .prompt(a -> texts.t("people.ask_cell"))
                        .options((a, actor) -> choices.cells(actor)),
                Question.choose(MEMBER)
                        .prompt(a -> texts.t("people.ask_member", a.label(CELL)))
                        .options((a, actor) -> choices.membersOf(a, CELL, actor)));
    }

    @Override
    public String summary(Answers a, Actor actor) {
        return texts.t("removemember.summary", a.label(MEMBER), a.label(CELL));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        var result = changes.removeMember(actor, a.id(MEMBER));
        if (result instanceof OrganisationChanges.Result.Refused) {
            return Saved.refused(texts.t("form.changed_meanwhile"));
        }
        var done = (OrganisationChanges.Result.Done) result;
        return Saved.text(texts.t("removemember.done", done.name(), done.unit().name()));
    }
}

package vn.chibo.bot.people;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.office.OrganisationChanges;

/** Adds a cell under a committee in scope. */
@Component
class AddCellForm extends ManagementForm {

    private final Texts texts;
    private final Choices choices;
    private final Inputs inputs;
    private final OrganisationChanges changes;

    AddCellForm(Texts texts, Choices choices, Inputs inputs, OrganisationChanges changes) {
        this.texts = texts;
        this.choices = choices;
        this.inputs = inputs;
        this.changes = changes;
    }

    @Override
    public String name() {
        return "addcell";
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose("parent")
                        .prompt(a -> texts.t("addcell.ask_parent"))
                        .options((a, actor) -> choices.committees(actor)),
                Question.text("name")
                        .prompt(a -> texts.t("addcell.ask_name", a.label("parent")))
                        .parse(inputs::unitName));
    }

    @Override
    public String summary(Answers a, Actor actor) {
        return texts.t("addcell.summary", a.label("name"), a.label("parent"));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        var result = changes.addCell(actor, a.id("parent"), a.value("name"));
        if (result instanceof OrganisationChanges.Result.Refused refused) {
            return Saved.refused(
                    refused.reason() == OrganisationChanges.Reason.ALREADY_THERE
                            ? texts.t(
                                    "addcell.exists",
                                    a.value("name"),
                                    refused.where().name())
                            : texts.t("access.denied"));
        }
        var done = (OrganisationChanges.Result.Done) result;
        return Saved.text(texts.t("addcell.done", done.name(), a.label("parent")));
    }
}

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

    // The questions, by key.
    static final String PARENT = "parent";
    static final String NAME = "name";

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
                Question.choose(PARENT)
                        .prompt(a -> texts.t("addcell.ask_parent"))
                        .options((a, actor) -> choices.committees(actor)),
                Question.text(NAME)
                        .prompt(a -> texts.t("addcell.ask_name", a.label(PARENT)))
                        .parse(inputs::unitName));
    }

    @Override
    public String summary(Answers a, Actor actor) {
        return texts.t("addcell.summary", a.label(NAME), a.label(PARENT));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        var result = changes.addCell(actor, a.id(PARENT), a.value(NAME));
        if (result instanceof OrganisationChanges.Result.Refused refused) {
            return refusal(refused, where -> texts.t("addcell.exists", a.value(NAME), where), texts);
        }
        var done = (OrganisationChanges.Result.Done) result;
        return Saved.text(texts.t("addcell.done", done.name(), a.label(PARENT)));
    }
}

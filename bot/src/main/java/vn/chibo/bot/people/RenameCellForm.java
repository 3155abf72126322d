package vn.chibo.bot.people;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.office.OrganisationChanges;

/** Renames a cell in scope. */
@Component
class RenameCellForm extends ManagementForm {

    // The questions, by key.
    static final String CELL = "cell";
    static final String NAME = "name";

    private final Texts texts;
    private final Choices choices;
    private final Inputs inputs;
    private final OrganisationChanges changes;

    RenameCellForm(Texts texts, Choices choices, Inputs inputs, OrganisationChanges changes) {
        this.texts = texts;
        this.choices = choices;
        this.inputs = inputs;
        this.changes = changes;
    }

    @Override
    public String name() {
        return "renamecell";
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose(CELL)
                        .prompt(a -> texts.t("people.ask_cell"))
                        .options((a, actor) -> choices.cells(actor)),
                Question.text(NAME)
                        .prompt(a -> texts.t("renamecell.ask_name", a.label(CELL)))
                        .parse(inputs::unitName));
    }

    @Override
    public String summary(Answers a, Actor actor) {
        return texts.t("renamecell.summary", a.label(CELL), a.label(NAME));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        var result = changes.renameCell(actor, a.id(CELL), a.value(NAME));
        if (result instanceof OrganisationChanges.Result.Refused refused) {
            return refusal(refused, where -> texts.t("addcell.exists", a.value(NAME), where), texts);
        }
        var done = (OrganisationChanges.Result.Done) result;
        return Saved.text(texts.t("renamecell.done", done.name(), done.unit().name()));
    }
}

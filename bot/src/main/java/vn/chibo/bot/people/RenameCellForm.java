package vn.chibo.bot.people;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/** Renames a cell in scope. */
@Component
class RenameCellForm extends ManagementForm {

    private final Texts texts;
    private final Choices choices;
    private final Inputs inputs;
    private final OrgUnits units;
    private final AuditLog audit;

    RenameCellForm(Texts texts, Choices choices, Inputs inputs, OrgUnits units, AuditLog audit) {
        this.texts = texts;
        this.choices = choices;
        this.inputs = inputs;
        this.units = units;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "renamecell";
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose("cell")
                        .prompt(a -> texts.t("people.ask_cell"))
                        .options((a, actor) -> choices.cells(actor)),
                Question.text("name")
                        .prompt(a -> texts.t("renamecell.ask_name", a.label("cell")))
                        .parse(inputs::unitName));
    }

    @Override
    public String summary(Answers a, Actor actor) {
        return texts.t("renamecell.summary", a.label("cell"), a.label("name"));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        OrgUnit cell =
                choices.inScope(a.id("cell"), actor).filter(OrgUnit::isCell).orElse(null);
        if (cell == null) {
            return Saved.refused(texts.t("access.denied"));
        }
        if (units.findChild(cell.parentId(), a.value("name"))
                .filter(u -> u.id() != cell.id())
                .isPresent()) {
            return Saved.refused(texts.t(
                    "addcell.exists",
                    a.value("name"),
                    units.get(cell.parentId()).name()));
        }
        OrgUnit renamed = units.rename(cell, a.value("name"), OrgUnits.shortNameOf(a.value("name")));
        audit.record(actor, renamed, "unit.renamed", cell.name() + " → " + renamed.name());
        return Saved.text(texts.t("renamecell.done", cell.name(), renamed.name()));
    }
}

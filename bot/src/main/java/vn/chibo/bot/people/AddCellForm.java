package vn.chibo.bot.people;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/** Adds a cell under a committee in scope. */
@Component
class AddCellForm extends ManagementForm {

    private final Texts texts;
    private final Choices choices;
    private final Inputs inputs;
    private final OrgUnits units;
    private final AuditLog audit;

    AddCellForm(Texts texts, Choices choices, Inputs inputs, OrgUnits units, AuditLog audit) {
        this.texts = texts;
        this.choices = choices;
        this.inputs = inputs;
        this.units = units;
        this.audit = audit;
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
        OrgUnit parent =
                choices.inScope(a.id("parent"), actor).filter(u -> !u.isCell()).orElse(null);
        if (parent == null) {
            return Saved.refused(texts.t("access.denied"));
        }
        if (units.findChild(parent.id(), a.value("name")).isPresent()) {
            return Saved.refused(texts.t("addcell.exists", a.value("name"), parent.name()));
        }
        OrgUnit cell = units.add(parent.id(), OrgKind.CELL, a.value("name"), OrgUnits.shortNameOf(a.value("name")));
        audit.record(actor, cell, "unit.added", cell.name() + " — " + parent.name());
        return Saved.text(texts.t("addcell.done", cell.name(), parent.name()));
    }
}

package vn.chibo.bot.people;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.office.OrganisationChanges;

/** Moves a member between two cells in scope; the member keeps their record and history. */
@Component
class TransferMemberForm extends ManagementForm {

    // The questions, by key.
    static final String CELL = "cell";
    static final String MEMBER = "member";
    static final String TO = "to";

    private final Texts texts;
    private final Choices choices;
    private final OrganisationChanges changes;

    TransferMemberForm(Texts texts, Choices choices, OrganisationChanges changes) {
        this.texts = texts;
        this.choices = choices;
        this.changes = changes;
    }

    @Override
    public String name() {
        return "transfer";
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose(CELL)
                        .prompt(a -> texts.t("transfer.ask_from"))
                        .options((a, actor) -> choices.cells(actor)),
                Question.choose(MEMBER)
                        .prompt(a -> texts.t("people.ask_member", a.label(CELL)))
                        .options((a, actor) -> choices.membersOf(a, CELL, actor)),
                Question.choose(TO)
                        .prompt(a -> texts.t("transfer.ask_to", a.label(MEMBER)))
                        .options((a, actor) -> choices.cells(actor).stream()
                                .filter(o -> !o.value().equals(a.value(CELL)))
                                .toList()));
    }

    @Override
    public String summary(Answers a, Actor actor) {
        return texts.t("transfer.summary", a.label(MEMBER), a.label(CELL), a.label(TO));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        var result = changes.transferMember(actor, a.id(MEMBER), a.id(CELL), a.id(TO));
        if (result instanceof OrganisationChanges.Result.Refused) {
            return Saved.refused(texts.t("form.changed_meanwhile"));
        }
        var done = (OrganisationChanges.Result.Done) result;
        return Saved.text(texts.t("transfer.done", done.name(), done.unit().name()));
    }
}

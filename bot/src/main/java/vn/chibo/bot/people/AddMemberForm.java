package vn.chibo.bot.people;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.office.OrganisationChanges;
import vn.chibo.content.org.MemberStatus;

/** Adds a member to a cell in scope. */
@Component
class AddMemberForm extends ManagementForm {

    // The questions, by key.
    static final String CELL = "cell";
    static final String NAME = "name";
    static final String STATUS = "status";
    static final String JOINED = "joined";

    private final Texts texts;
    private final Choices choices;
    private final Inputs inputs;
    private final OrganisationChanges changes;

    AddMemberForm(Texts texts, Choices choices, Inputs inputs, OrganisationChanges changes) {
        this.texts = texts;
        this.choices = choices;
        this.inputs = inputs;
        this.changes = changes;
    }

    @Override
    public String name() {
        return "addmember";
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose(CELL)
                        .prompt(a -> texts.t("people.ask_cell"))
                        .options((a, actor) -> choices.cells(actor)),
                Question.text(NAME)
                        .prompt(a -> texts.t("addmember.ask_name", a.label(CELL)))
                        .parse(inputs::personName),
                Question.choose(STATUS)
                        .prompt(a -> texts.t("addmember.ask_status", a.label(NAME)))
                        .options((a, actor) -> statuses()),
                Question.text(JOINED)
                        .prompt(a -> texts.t("addmember.ask_joined", a.label(NAME)))
                        .parse(inputs::joinDate)
                        .skippable());
    }

    private List<Option> statuses() {
        return List.of(MemberStatus.values()).stream()
                .map(s -> new Option(texts.t("status." + s.name().toLowerCase()), s.name()))
                .toList();
    }

    @Override
    public String summary(Answers a, Actor actor) {
        return texts.t(
                "addmember.summary",
                a.label(NAME),
                a.label(CELL),
                a.label(STATUS),
                a.has(JOINED) ? a.label(JOINED) : texts.t("people.unknown"));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        LocalDate joined = a.date(JOINED);
        var result = changes.addMember(actor, a.id(CELL), a.value(NAME), MemberStatus.valueOf(a.value(STATUS)), joined);
        if (result instanceof OrganisationChanges.Result.Refused refused) {
            return refusal(refused, where -> texts.t("addmember.exists", a.value(NAME), where), texts);
        }
        var done = (OrganisationChanges.Result.Done) result;
        return Saved.text(texts.t("addmember.done", done.name(), done.unit().name()));
    }
}

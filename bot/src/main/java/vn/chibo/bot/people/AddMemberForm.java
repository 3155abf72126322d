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
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.roster.Fold;

/** Adds a member to a cell in scope. */
@Component
class AddMemberForm extends ManagementForm {

    private final Texts texts;
    private final Choices choices;
    private final Inputs inputs;
    private final Members members;
    private final AuditLog audit;

    AddMemberForm(Texts texts, Choices choices, Inputs inputs, Members members, AuditLog audit) {
        this.texts = texts;
        this.choices = choices;
        this.inputs = inputs;
        this.members = members;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "addmember";
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose("cell")
                        .prompt(a -> texts.t("people.ask_cell"))
                        .options((a, actor) -> choices.cells(actor)),
                Question.text("name")
                        .prompt(a -> texts.t("addmember.ask_name", a.label("cell")))
                        .parse(inputs::personName),
                Question.choose("status")
                        .prompt(a -> texts.t("addmember.ask_status", a.label("name")))
                        .options((a, actor) -> statuses()),
                Question.text("joined")
                        .prompt(a -> texts.t("addmember.ask_joined", a.label("name")))
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
                a.label("name"),
                a.label("cell"),
                a.label("status"),
                a.has("joined") ? a.label("joined") : texts.t("people.unknown"));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        OrgUnit cell =
                choices.inScope(a.id("cell"), actor).filter(OrgUnit::isCell).orElse(null);
        if (cell == null) {
            return Saved.refused(texts.t("access.denied"));
        }
        String name = a.value("name");
        if (members.ofCell(cell.id()).stream()
                .anyMatch(m -> Fold.of(m.fullName()).equals(Fold.of(name)))) {
            return Saved.refused(texts.t("addmember.exists", name, cell.name()));
        }
        LocalDate joined = a.has("joined") ? LocalDate.parse(a.value("joined")) : null;
        Member member = members.add(cell, name, MemberStatus.valueOf(a.value("status")), joined);
        audit.record(actor, cell, "member.added", member.fullName() + " — " + cell.name());
        return Saved.text(texts.t("addmember.done", member.fullName(), cell.name()));
    }
}

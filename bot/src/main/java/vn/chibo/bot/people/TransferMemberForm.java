package vn.chibo.bot.people;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;

/** Moves a member between two cells in scope; the member keeps their record and history. */
@Component
class TransferMemberForm extends ManagementForm {

    private final Texts texts;
    private final Choices choices;
    private final Members members;
    private final AuditLog audit;

    TransferMemberForm(Texts texts, Choices choices, Members members, AuditLog audit) {
        this.texts = texts;
        this.choices = choices;
        this.members = members;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "transfer";
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose("cell")
                        .prompt(a -> texts.t("transfer.ask_from"))
                        .options((a, actor) -> choices.cells(actor)),
                Question.choose("member")
                        .prompt(a -> texts.t("people.ask_member", a.label("cell")))
                        .options((a, actor) -> choices.membersOf(a, "cell", actor)),
                Question.choose("to")
                        .prompt(a -> texts.t("transfer.ask_to", a.label("member")))
                        .options((a, actor) -> choices.cells(actor).stream()
                                .filter(o -> !o.value().equals(a.value("cell")))
                                .toList()));
    }

    @Override
    public String summary(Answers a, Actor actor) {
        return texts.t("transfer.summary", a.label("member"), a.label("cell"), a.label("to"));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        Member member = choices.memberInScope(a.id("member"), actor).orElse(null);
        OrgUnit to = choices.inScope(a.id("to"), actor).filter(OrgUnit::isCell).orElse(null);
        if (member == null || to == null || member.cellId() != a.id("cell")) {
            return Saved.refused(texts.t("form.changed_meanwhile"));
        }
        members.transfer(member, to, actor.telegramUserId());
        audit.record(actor, to, "member.transferred", member.fullName() + ": " + a.label("cell") + " → " + to.name());
        return Saved.text(texts.t("transfer.done", member.fullName(), to.name()));
    }
}

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
import vn.chibo.content.org.OrgUnits;

/** Takes a member off a cell's list (the record stays, for history). */
@Component
class RemoveMemberForm extends ManagementForm {

    private final Texts texts;
    private final Choices choices;
    private final Members members;
    private final OrgUnits units;
    private final AuditLog audit;

    RemoveMemberForm(Texts texts, Choices choices, Members members, OrgUnits units, AuditLog audit) {
        this.texts = texts;
        this.choices = choices;
        this.members = members;
        this.units = units;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "removemember";
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose("cell")
                        .prompt(a -> texts.t("people.ask_cell"))
                        .options((a, actor) -> choices.cells(actor)),
                Question.choose("member")
                        .prompt(a -> texts.t("people.ask_member", a.label("cell")))
                        .options((a, actor) -> choices.membersOf(a, "cell", actor)));
    }

    @Override
    public String summary(Answers a, Actor actor) {
        return texts.t("removemember.summary", a.label("member"), a.label("cell"));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        Member member = choices.memberInScope(a.id("member"), actor).orElse(null);
        if (member == null) {
            return Saved.refused(texts.t("form.changed_meanwhile"));
        }
        members.remove(member);
        audit.record(actor, units.get(member.cellId()), "member.removed", member.fullName() + " — " + a.label("cell"));
        return Saved.text(texts.t("removemember.done", member.fullName(), a.label("cell")));
    }
}

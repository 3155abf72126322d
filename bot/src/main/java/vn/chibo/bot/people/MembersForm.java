package vn.chibo.bot.people;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Form;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;

/** /dangvien: a cell's member list. A secretary's scope holds one cell, so they see it at once. */
@Component
class MembersForm implements Form {

    // The questions, by key.
    static final String CELL = "cell";

    private final Texts texts;
    private final Choices choices;
    private final Members members;

    MembersForm(Texts texts, Choices choices, Members members) {
        this.texts = texts;
        this.choices = choices;
        this.members = members;
    }

    @Override
    public String name() {
        return "members";
    }

    @Override
    public boolean allows(Actor actor) {
        return actor.hasRole();
    }

    @Override
    public List<Question> questions() {
        return List.of(Question.choose(CELL)
                .prompt(a -> texts.t("members.ask_cell"))
                .options((a, actor) -> choices.cells(actor)));
    }

    @Override
    public String summary(Answers answers, Actor actor) {
        return null;
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        OrgUnit cell =
                choices.inScope(a.id(CELL), actor).filter(OrgUnit::isCell).orElse(null);
        if (cell == null) {
            return Saved.refused(texts.t("access.denied"));
        }
        List<Member> list = members.ofCell(cell.id());
        Map<MemberStatus, Long> counts =
                list.stream().collect(Collectors.groupingBy(Member::status, Collectors.counting()));
        boolean elsewhere = counts.containsKey(MemberStatus.AWAY) || counts.containsKey(MemberStatus.SUSPENDED);
        Object[] figures = {
            cell.name(),
            Integer.toString(list.size()),
            count(counts, MemberStatus.OFFICIAL),
            count(counts, MemberStatus.PROBATIONARY),
            count(counts, MemberStatus.EXEMPT),
            count(counts, MemberStatus.AWAY),
            count(counts, MemberStatus.SUSPENDED)
        };
        StringBuilder text = new StringBuilder(
                elsewhere ? texts.t("members.header_all", figures) : texts.t("members.header", figures));
        for (int i = 0; i < list.size(); i++) {
            Member m = list.get(i);
            String status = texts.t("status." + m.status().name().toLowerCase());
            text.append('\n')
                    .append(
                            m.partyJoinDate() == null
                                    ? texts.t("members.line", Integer.toString(i + 1), m.fullName(), status)
                                    : texts.t(
                                            "members.line_joined",
                                            Integer.toString(i + 1),
                                            m.fullName(),
                                            status,
                                            m.partyJoinDate().format(PartyCalendar.DAY)));
        }
        return Saved.text(text.toString());
    }

    private static String count(Map<MemberStatus, Long> counts, MemberStatus status) {
        return Long.toString(counts.getOrDefault(status, 0L));
    }
}

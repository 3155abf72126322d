package vn.chibo.bot.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Form;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.telegram.BotIdentity;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.MemberInvitations;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;

/**
 * /moidangvien: one-time links for members to join chibo, one member at a time or every member who has not joined
 * yet. For a cell's secretary or deputy (their cell) and the office (any cell in scope). A link issued again replaces
 * the member's earlier unused one.
 */
@Component
class MemberInviteForm implements Form {

    // The questions, by key.
    static final String CELL = "cell";
    static final String WHO = "who";

    /** The option for every member not yet on Telegram. */
    static final String ALL_MISSING = "all";

    private final Texts texts;
    private final Choices choices;
    private final Members members;
    private final MemberInvitations invitations;
    private final AuditLog audit;
    private final BotIdentity bot;

    MemberInviteForm(
            Texts texts,
            Choices choices,
            Members members,
            MemberInvitations invitations,
            AuditLog audit,
            BotIdentity bot) {
        this.texts = texts;
        this.choices = choices;
        this.members = members;
        this.invitations = invitations;
        this.audit = audit;
        this.bot = bot;
    }

    @Override
    public String name() {
        return "member_invite";
    }

    @Override
    public boolean allows(Actor actor) {
        return actor.actsForCell() || actor.canManage();
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose(CELL)
                        .prompt(a -> texts.t("members.ask_cell"))
                        .options((a, actor) -> choices.cells(actor)),
                Question.choose(WHO)
                        .prompt(a -> texts.t("member.invite.ask_member"))
                        .options(this::who));
    }

    @Override
    public List<String> dependents(String key) {
        return CELL.equals(key) ? List.of(WHO) : List.of();
    }

    private List<Option> who(Answers a, Actor actor) {
        OrgUnit cell = choices.inScope(a.id(CELL), actor).orElse(null);
        if (cell == null) {
            return List.of();
        }
        List<Member> all = members.ofCell(cell.id());
        Map<Long, Long> joined = members.telegramOf(cell.id());
        List<Option> options = new ArrayList<>();
        long missing = all.stream().filter(m -> !joined.containsKey(m.id())).count();
        if (missing > 0) {
            options.add(new Option(texts.t("member.invite.all_missing", Long.toString(missing)), ALL_MISSING));
        }
        for (Member m : all) {
            String label = joined.containsKey(m.id()) ? texts.t("member.joined_mark", m.fullName()) : m.fullName();
            options.add(new Option(label, Long.toString(m.id())));
        }
        return options;
    }

    @Override
    public String summary(Answers a, Actor actor) {
        return texts.t(
                "member.invite.summary", a.label(WHO), Long.toString(MemberInvitations.DEFAULT_VALIDITY.toDays()));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        OrgUnit cell =
                choices.inScope(a.id(CELL), actor).filter(OrgUnit::isCell).orElse(null);
        if (cell == null) {
            return Saved.refused(texts.t("access.denied"));
        }
        List<Member> chosen;
        if (ALL_MISSING.equals(a.value(WHO))) {
            Map<Long, Long> joined = members.telegramOf(cell.id());
            chosen = members.ofCell(cell.id()).stream()
                    .filter(m -> !joined.containsKey(m.id()))
                    .toList();
        } else {
            chosen = members.find(a.id(WHO))
                    .filter(m -> m.cellId() == cell.id())
                    .map(List::of)
                    .orElse(List.of());
        }
        if (chosen.isEmpty()) {
            return Saved.refused(
                    ALL_MISSING.equals(a.value(WHO))
                            ? texts.t("member.invite.nobody")
                            : texts.t("form.changed_meanwhile"));
        }
        List<String> lines = new ArrayList<>();
        lines.add(texts.t("member.invite.done", Long.toString(MemberInvitations.DEFAULT_VALIDITY.toDays())));
        for (Member m : chosen) {
            String code = invitations.issue(m, actor.telegramUserId(), MemberInvitations.DEFAULT_VALIDITY);
            lines.add(texts.t("member.invite.line", m.fullName(), bot.deepLink(code)));
        }
        audit.record(
                actor.telegramUserId(),
                actor.displayName(),
                cell.path(),
                "member.invited",
                chosen.size() == 1 ? chosen.get(0).fullName() : Integer.toString(chosen.size()));
        return Saved.text(String.join("\n", lines)).holdingASecret();
    }
}

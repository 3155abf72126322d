package vn.chibo.bot.dues;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Form;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.chat.form.Parsed;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.dues.Channel;
import vn.chibo.content.dues.Dues;
import vn.chibo.content.dues.MonthOfDues;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.roster.Fold;

/**
 * /dangphi: a month's dues for the whole cell in a few taps: the month, who has NOT paid (everyone else has), and how
 * those who paid did. A month entered again starts from what was recorded, and replaces it.
 */
@Component
class DuesForm implements Form {

    // The questions, by key.
    static final String CELL = "cell";
    static final String MONTH = "month";
    static final String UNPAID = "unpaid";
    static final String CHANNEL = "channel";

    /** How far back a month can be entered. */
    static final int MONTHS_BACK = 12;

    private static final Pattern MONTH_TYPED =
            Pattern.compile("(?:thang\\s*|t)?(\\d{1,2})(?:\\s*(?:/|-|nam)\\s*(\\d{4}))?");

    private final Texts texts;
    private final Members members;
    private final Dues dues;
    private final AuditLog audit;
    private final Clock clock;

    DuesForm(Texts texts, Members members, Dues dues, AuditLog audit, Clock clock) {
        this.texts = texts;
        this.members = members;
        this.dues = dues;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "dues";
    }

    @Override
    public boolean allows(Actor actor) {
        return actor.recordsDues();
    }

    private static OrgUnit cell(Actor actor) {
        return actor.acting().unit();
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.actingUnit(CELL),
                Question.text(MONTH)
                        .prompt(a -> texts.t("dues.ask.month"))
                        .parse(this::month)
                        .quick((a, actor) -> recentMonths()),
                Question.toggle(UNPAID)
                        .prompt(a -> texts.t("dues.ask.unpaid", label(a)))
                        .options((a, actor) -> members.ofCell(cell(actor).id()).stream()
                                .map(m -> new Option(m.fullName(), Long.toString(m.id())))
                                .toList())
                        .preset((a, actor) -> a.has(MONTH)
                                ? dues.unpaidIn(cell(actor).id(), YearMonth.parse(a.value(MONTH))).stream()
                                        .map(Object::toString)
                                        .collect(Collectors.toSet())
                                : Set.of()),
                Question.choose(CHANNEL)
                        .prompt(a -> texts.t("dues.ask.channel"))
                        .options((a, actor) -> List.of(
                                new Option(texts.t("dues.channel.cash"), Channel.CASH.name()),
                                new Option(texts.t("dues.channel.online"), Channel.ONLINE.name()))));
    }

    @Override
    public List<String> dependents(String key) {
        return MONTH.equals(key) ? List.of(UNPAID) : List.of();
    }

    @Override
    public List<Option> editable(Answers a) {
        return List.of(
                new Option(texts.t("dues.edit.month"), MONTH),
                new Option(texts.t("dues.edit.unpaid"), UNPAID),
                new Option(texts.t("dues.edit.channel"), CHANNEL));
    }

    /** The month chosen, as "11/2026" (a button's label says more). */
    private static String label(Answers a) {
        return a.has(MONTH) ? monthLabel(YearMonth.parse(a.value(MONTH))) : "";
    }

    private List<Option> recentMonths() {
        YearMonth now = YearMonth.now(clock);
        return List.of(
                new Option(texts.t("dues.month.this", monthLabel(now)), now.toString()),
                new Option(
                        texts.t("dues.month.last", monthLabel(now.minusMonths(1))),
                        now.minusMonths(1).toString()));
    }

    static String monthLabel(YearMonth month) {
        return month.format(PartyCalendar.MONTH);
    }

    /** "11/2026", "tháng 11", "t11", or a button's "2026-11": a month of the last twelve, not one to come. */
    Parsed month(String text) {
        YearMonth now = YearMonth.now(clock);
        // Folded first: "tháng 10 năm 2026" reads as "thang 10 nam 2026".
        String typed = Fold.of(text.strip()).toLowerCase(Locale.ROOT);
        YearMonth month;
        if (typed.matches("\\d{4}-\\d{2}")) {
            month = YearMonth.parse(typed);
        } else {
            Matcher m = MONTH_TYPED.matcher(typed);
            if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(1)) > 12) {
                return Parsed.wrong(texts.t("dues.month.invalid", text.strip()));
            }
            int number = Integer.parseInt(m.group(1));
            int year = m.group(2) != null
                    ? Integer.parseInt(m.group(2))
                    : number > now.getMonthValue() ? now.getYear() - 1 : now.getYear();
            month = YearMonth.of(year, number);
        }
        if (month.isAfter(now)) {
            return Parsed.wrong(texts.t("dues.month.future", monthLabel(month)));
        }
        if (month.isBefore(now.minusMonths(MONTHS_BACK - 1))) {
            return Parsed.wrong(texts.t("dues.month.too_old", monthLabel(month), Integer.toString(MONTHS_BACK)));
        }
        return Parsed.ok(month.toString(), monthLabel(month));
    }

    @Override
    public String summary(Answers a, Actor actor) {
        List<Member> all = members.ofCell(cell(actor).id());
        Set<String> unpaid = a.choices(UNPAID);
        List<String> names = all.stream()
                .filter(m -> unpaid.contains(Long.toString(m.id())))
                .map(Member::fullName)
                .toList();
        return texts.t(
                "dues.summary",
                label(a),
                cell(actor).name(),
                Integer.toString(all.size() - names.size()),
                Integer.toString(all.size()),
                names.isEmpty() ? texts.t("dues.nobody") : String.join(", ", names),
                a.label(CHANNEL));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        OrgUnit cell = cell(actor);
        if (a.id(CELL) != cell.id()) {
            return Saved.refused(texts.t("form.changed_meanwhile"));
        }
        YearMonth month = YearMonth.parse(a.value(MONTH));
        Set<Long> unpaid = a.choices(UNPAID).stream().map(Long::parseLong).collect(Collectors.toSet());
        dues.record(cell.id(), month, unpaid, Channel.valueOf(a.value(CHANNEL)), actor.telegramUserId());
        MonthOfDues recorded = dues.month(cell.id(), month);
        audit.record(
                actor.telegramUserId(),
                actor.displayName(),
                cell.path(),
                "dues.recorded",
                monthLabel(month) + ": " + recorded.paid() + "/" + recorded.recorded());
        return Saved.text(texts.t(
                "dues.saved",
                monthLabel(month),
                Integer.toString(recorded.paid()),
                Integer.toString(recorded.recorded()),
                recorded.unpaid().isEmpty() ? texts.t("dues.nobody") : String.join(", ", recorded.unpaid())));
    }
}

package vn.chibo.bot.people;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Form;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.chat.form.Parsed;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.office.MemberLife;
import vn.chibo.content.org.LifeEvent;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberEvent;
import vn.chibo.content.org.MemberStatus;

/**
 * /biendong: records an event of a member's life in the Party (recognition as an official member, exemption,
 * temporary attendance elsewhere, suspension and their ends, transfer out, death, xóa tên, khai trừ, leaving the
 * Party), with its day, reason and decision. It replaces taking a member off the list without saying why. A cell's
 * secretary or deputy keeps their own cell's members; an office every cell in scope.
 */
@Component
class LifeEventForm implements Form {

    // The questions, by key.
    static final String CELL = "cell";
    static final String MEMBER = "member";
    static final String EVENT = "event";
    static final String DATE = "date";
    static final String REASON = "reason";
    static final String DECISION = "decision";

    private final Texts texts;
    private final Choices choices;
    private final Readers readers;
    private final MemberLife life;

    LifeEventForm(Texts texts, Choices choices, Readers readers, MemberLife life) {
        this.texts = texts;
        this.choices = choices;
        this.readers = readers;
        this.life = life;
    }

    @Override
    public String name() {
        return "lifeevent";
    }

    @Override
    public boolean allows(Actor actor) {
        return actor.keepsMemberRecords();
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose(CELL)
                        .prompt(a -> texts.t("people.ask_cell"))
                        .options((a, actor) -> choices.cells(actor)),
                Question.choose(MEMBER)
                        .prompt(a -> texts.t("life.ask.member", a.label(CELL)))
                        .options(this::members),
                Question.choose(EVENT)
                        .prompt(a -> texts.t("life.ask.event", a.label(MEMBER)))
                        .options(this::events),
                Question.text(DATE)
                        .prompt(a ->
                                texts.t("life.ask.date." + (kind(a) == LifeEvent.RECOGNISED ? "recognised" : "any")))
                        .parseSeeing(this::date)
                        .quick(this::days),
                Question.text(REASON)
                        .prompt(a -> texts.t("life.ask.reason." + reasonWording(kind(a)), a.label(MEMBER)))
                        .parse(text -> readers.line(text, MemberEvent.MAX_REASON))
                        .when(a -> kind(a).reason() == LifeEvent.Need.MUST),
                Question.text(REASON + "_optional")
                        .prompt(a -> texts.t("life.ask.reason.optional"))
                        .parse(text -> readers.line(text, MemberEvent.MAX_REASON))
                        .skippable()
                        .when(a -> kind(a).reason() == LifeEvent.Need.MAY),
                Question.text(DECISION)
                        .prompt(a -> texts.t("life.ask.decision"))
                        .parse(text -> readers.line(text, MemberEvent.MAX_DECISION))
                        .when(a -> kind(a).decision() == LifeEvent.Need.MUST),
                Question.text(DECISION + "_optional")
                        .prompt(a -> texts.t("life.ask.decision.optional"))
                        .parse(text -> readers.line(text, MemberEvent.MAX_DECISION))
                        .skippable()
                        .when(a -> kind(a).decision() == LifeEvent.Need.MAY));
    }

    @Override
    public List<String> dependents(String key) {
        return switch (key) {
            case CELL -> List.of(MEMBER, EVENT, DATE, REASON, REASON + "_optional", DECISION, DECISION + "_optional");
            case MEMBER -> List.of(EVENT, DATE, REASON, REASON + "_optional", DECISION, DECISION + "_optional");
            case EVENT -> List.of(DATE, REASON, REASON + "_optional", DECISION, DECISION + "_optional");
            default -> List.of();
        };
    }

    @Override
    public List<Option> editable(Answers a) {
        return List.of(new Option(texts.t("life.edit.event"), EVENT), new Option(texts.t("life.edit.date"), DATE));
    }

    @Override
    public String summary(Answers a, Actor actor) {
        LifeEvent kind = kind(a);
        String name = member(a, actor, a.value(MEMBER)).map(Member::fullName).orElse(a.label(MEMBER));
        StringBuilder text = new StringBuilder(texts.t(
                "life.summary",
                name,
                a.label(CELL),
                texts.t("life.kind." + kind.name()),
                a.date(DATE).format(PartyCalendar.DAY)));
        reason(a).ifPresent(r -> text.append('\n').append(texts.t("life.summary.reason", r)));
        decision(a).ifPresent(d -> text.append('\n').append(texts.t("life.summary.decision", d)));
        text.append("\n\n")
                .append(
                        kind.endsMembership()
                                ? texts.t("life.summary.leaves")
                                : kind.restores()
                                        ? texts.t("life.summary.restores")
                                        : texts.t(
                                                "life.summary.becomes",
                                                texts.t("status."
                                                        + kind.to().name().toLowerCase(java.util.Locale.ROOT))));
        return text.append("\n\n").append(texts.t("life.summary.check")).toString();
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        var result = life.record(
                actor,
                a.id(MEMBER),
                a.id(CELL),
                kind(a),
                a.date(DATE),
                reason(a).orElse(null),
                decision(a).orElse(null));
        if (result instanceof MemberLife.Result.Refused refused) {
            return Saved.refused(
                    switch (refused.reason()) {
                        case NOT_FROM_STATUS -> texts.t("life.refused.status", a.label(MEMBER));
                        case TOO_EARLY ->
                            texts.t("life.date.too_early", refused.earliest().format(PartyCalendar.DAY));
                        default -> texts.t("form.changed_meanwhile");
                    });
        }
        var done = (MemberLife.Result.Done) result;
        return Saved.text(
                done.status() == null
                        ? texts.t("life.done.left", done.name(), done.cell().name())
                        : texts.t(
                                "life.done",
                                done.name(),
                                texts.t("status." + done.status().name().toLowerCase(java.util.Locale.ROOT))));
    }

    /** The cell's members, each with their status when it is not official. */
    private List<Option> members(Answers a, Actor actor) {
        return choices.memberRecordsOf(a, CELL, actor).stream()
                .map(m -> new Option(
                        m.status() == MemberStatus.OFFICIAL
                                ? m.fullName()
                                : texts.t(
                                        "life.member_label",
                                        m.fullName(),
                                        texts.t("status." + m.status().name().toLowerCase(java.util.Locale.ROOT))),
                        Long.toString(m.id())))
                .toList();
    }

    /** What can happen to the member as they are now. */
    private List<Option> events(Answers a, Actor actor) {
        Optional<Member> member = member(a, actor, a.value(MEMBER));
        return member.map(m -> Arrays.stream(LifeEvent.values())
                        .filter(kind -> kind != LifeEvent.ADMITTED && kind.appliesTo(m.status()))
                        .map(kind -> new Option(texts.t("life.kind." + kind.name()), kind.name()))
                        .toList())
                .orElse(List.of());
    }

    /** Today, and for recognition the day the 12 months of probation end (when it has come). */
    private List<Option> days(Answers a, Actor actor) {
        LocalDate today = readers.today();
        Optional<Member> member = member(a, actor, a.value(MEMBER));
        if (kind(a) == LifeEvent.RECOGNISED && member.isPresent()) {
            LocalDate due = life.earliest(member.get(), LifeEvent.RECOGNISED);
            if (due != null && !due.isAfter(today)) {
                return List.of(
                        new Option(texts.t("life.date.probation_end", due.format(PartyCalendar.DAY)), due.toString()));
            }
        }
        return List.of(new Option(texts.t("life.date.today"), today.toString()));
    }

    private Parsed date(String text, Answers a) {
        Parsed day = readers.pastDay(text, d -> texts.t("input.date_future", d));
        if (day.error() != null) {
            return day;
        }
        LocalDate date = LocalDate.parse(day.value());
        LocalDate earliest = member(a, null, a.value(MEMBER))
                .map(m -> life.earliest(m, kind(a)))
                .orElse(null);
        if (earliest != null && date.isBefore(earliest)) {
            return Parsed.wrong(
                    kind(a) == LifeEvent.RECOGNISED
                            ? texts.t("life.date.before_probation_end", earliest.format(PartyCalendar.DAY))
                            : texts.t("life.date.too_early", earliest.format(PartyCalendar.DAY)));
        }
        return day;
    }

    private Optional<Member> member(Answers a, Actor actor, String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return actor == null ? life.member(Long.parseLong(id)) : life.memberFor(actor, Long.parseLong(id));
    }

    private static LifeEvent kind(Answers a) {
        return a.has(EVENT) ? LifeEvent.valueOf(a.value(EVENT)) : LifeEvent.DIED;
    }

    private static String reasonWording(LifeEvent kind) {
        return switch (kind) {
            case AWAY -> "away";
            case TRANSFERRED -> "transferred";
            default -> "why";
        };
    }

    private static Optional<String> reason(Answers a) {
        return text(a, REASON).or(() -> text(a, REASON + "_optional"));
    }

    private static Optional<String> decision(Answers a) {
        return text(a, DECISION).or(() -> text(a, DECISION + "_optional"));
    }

    private static Optional<String> text(Answers a, String key) {
        return a.has(key) && !a.value(key).isBlank() ? Optional.of(a.value(key)) : Optional.empty();
    }
}

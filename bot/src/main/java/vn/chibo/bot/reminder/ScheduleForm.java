package vn.chibo.bot.reminder;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Form;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.scheduler.reminder.MeetingRule;
import vn.chibo.scheduler.reminder.MeetingSchedules;
import vn.chibo.scheduler.reminder.PlanMeetings;
import vn.chibo.scheduler.reminder.ReminderSettings;
import vn.chibo.scheduler.reminder.ReminderTexts;

/**
 * /lichhop: a secretary or deputy sets the cell's regular meeting ("ngày 5 hằng tháng, 14:00", "thứ 6 tuần đầu
 * tháng"), announces a one-off meeting, or clears the rule. The summary shows the next meetings and when chibo
 * will remind. A rule's answer is coded "D<day>" or "W<week>:<weekday>", with "@HH:mm" when a time was said.
 */
@Component
class ScheduleForm implements Form {

    // The questions, by key.
    static final String CELL = "cell";
    static final String WHAT = "what";
    static final String DATE = "date";
    static final String TIME = "time";

    static final String RULE = "rule";
    static final String ONCE = "once";
    static final String CLEAR = "clear";

    private final Texts texts;
    private final ReminderTexts reminderTexts;
    private final MeetingSchedules schedules;
    private final ReminderSettings settings;
    private final PlanMeetings planMeetings;
    private final Clock clock;
    private final ScheduleAnswers answers;

    ScheduleForm(
            Texts texts,
            ReminderTexts reminderTexts,
            MeetingSchedules schedules,
            ReminderSettings settings,
            PlanMeetings planMeetings,
            Clock clock,
            ScheduleAnswers answers) {
        this.texts = texts;
        this.reminderTexts = reminderTexts;
        this.schedules = schedules;
        this.settings = settings;
        this.planMeetings = planMeetings;
        this.clock = clock;
        this.answers = answers;
    }

    @Override
    public String name() {
        return "schedule";
    }

    @Override
    public boolean allows(Actor actor) {
        return actor.actsForCell();
    }

    private static long cellOf(Actor actor) {
        return actor.acting().unit().id();
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.actingUnit(CELL),
                Question.choose(WHAT)
                        .prompt(a -> texts.t("schedule.ask.what", current(a)))
                        .options((a, actor) -> whatOptions(a)),
                Question.text(RULE)
                        .prompt(a -> texts.t("schedule.ask.rule"))
                        .parse(answers::rule)
                        .when(a -> RULE.equals(a.value(WHAT)))
                        .quick((a, actor) -> List.of(
                                new Option(texts.t("schedule.quick.day5"), "D5"),
                                new Option(texts.t("schedule.quick.friday"), "W1:5"))),
                Question.text(DATE)
                        .prompt(a -> texts.t("schedule.ask.date"))
                        .parse(answers::date)
                        .when(a -> ONCE.equals(a.value(WHAT))),
                Question.text(TIME)
                        .prompt(a -> texts.t("schedule.ask.time"))
                        .parseSeeing(answers::time)
                        .when(ScheduleForm::needsTime)
                        .quick((a, actor) -> List.of(
                                new Option("7h30", "07:30"), new Option("8h", "08:00"), new Option("14h", "14:00"))));
    }

    private static boolean needsTime(Answers a) {
        return ONCE.equals(a.value(WHAT))
                || RULE.equals(a.value(WHAT)) && a.has(RULE) && !a.value(RULE).contains("@");
    }

    @Override
    public List<String> dependents(String key) {
        return switch (key) {
            case WHAT -> List.of(RULE, DATE, TIME);
            case RULE -> List.of(TIME);
            case DATE -> List.of(TIME);
            default -> List.of();
        };
    }

    @Override
    public List<Option> editable(Answers a) {
        List<Option> edits = new ArrayList<>();
        if (RULE.equals(a.value(WHAT))) {
            edits.add(new Option(texts.t("schedule.edit.rule"), RULE));
        }
        if (ONCE.equals(a.value(WHAT))) {
            edits.add(new Option(texts.t("schedule.edit.date"), DATE));
        }
        if (a.has(TIME)) {
            edits.add(new Option(texts.t("schedule.edit.time"), TIME));
        }
        return edits;
    }

    @Override
    public String summary(Answers a, Actor actor) {
        List<String> lines = new ArrayList<>();
        String cell = actor.acting().unit().name();
        if (CLEAR.equals(a.value(WHAT))) {
            return texts.t("schedule.summary.clear", cell);
        }
        LocalTime time = startTime(a);
        if (RULE.equals(a.value(WHAT))) {
            MeetingRule rule = RuleAnswer.decode(a.value(RULE)).rule();
            lines.add(texts.t("schedule.summary.rule", cell, answers.describe(rule), Readers.label(time)));
            YearMonth month = YearMonth.now(clock);
            List<String> next = new ArrayList<>();
            for (int i = 0; next.size() < 2 && i < 3; i++) {
                LocalDateTime start = rule.dateIn(month.plusMonths(i)).atTime(time);
                if (start.isAfter(LocalDateTime.now(clock))) {
                    next.add(reminderTexts.when(start));
                }
            }
            lines.add(texts.t("schedule.summary.next", String.join("; ", next)));
        } else {
            lines.add(texts.t(
                    "schedule.summary.once",
                    cell,
                    reminderTexts.when(a.date(DATE).atTime(time))));
        }
        lines.add(texts.t(
                "schedule.summary.reminders",
                settings.meetingDaysBefore().stream()
                        .map(String::valueOf)
                        .reduce((x, y) -> x + ", " + y)
                        .orElse("3"),
                Readers.label(settings.remindAt()),
                Readers.label(settings.morningOf()),
                Readers.label(settings.quietFrom()),
                Readers.label(settings.quietUntil())));
        lines.add("");
        lines.add(texts.t("schedule.summary.confirm"));
        return String.join("\n", lines);
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        PlanMeetings.Command command =
                switch (a.value(WHAT)) {
                    case CLEAR ->
                        new PlanMeetings.Command(
                                a.id(CELL), new PlanMeetings.Plan.NoRule(), texts.t("schedule.audit.cleared"));
                    case RULE -> {
                        MeetingRule rule = RuleAnswer.decode(a.value(RULE)).rule();
                        yield new PlanMeetings.Command(
                                a.id(CELL),
                                new PlanMeetings.Plan.Monthly(rule, startTime(a)),
                                answers.describe(rule) + ", " + Readers.label(startTime(a)));
                    }
                    default -> {
                        LocalDateTime start = a.date(DATE).atTime(startTime(a));
                        yield new PlanMeetings.Command(
                                a.id(CELL), new PlanMeetings.Plan.Once(start), reminderTexts.when(start));
                    }
                };
        if (planMeetings.run(command, actor) instanceof PlanMeetings.Result.Refused refused) {
            return Saved.refused(
                    refused.reason() == PlanMeetings.Reason.IN_THE_PAST
                            ? texts.t("schedule.time.past", command.auditNote())
                            : texts.t("meeting.role_changed"));
        }
        if (command.plan() instanceof PlanMeetings.Plan.Monthly monthly) {
            return Saved.text(texts.t(
                    "schedule.saved.rule", answers.describe(monthly.rule()), Readers.label(monthly.startsAt())));
        }
        if (command.plan() instanceof PlanMeetings.Plan.Once once) {
            return Saved.text(texts.t("schedule.saved.once", reminderTexts.when(once.start())));
        }
        return Saved.text(texts.t("schedule.saved.clear"));
    }

    // ---- answers --------------------------------------------------------------------------------

    private String current(Answers a) {
        return a.has(CELL)
                ? schedules
                        .of(a.id(CELL))
                        .map(s -> texts.t("schedule.current", answers.describe(s.rule()), Readers.label(s.startsAt())))
                        .orElse(texts.t("schedule.current.none"))
                : "";
    }

    private List<Option> whatOptions(Answers a) {
        List<Option> options = new ArrayList<>(List.of(
                new Option(texts.t("schedule.what.rule"), RULE), new Option(texts.t("schedule.what.once"), ONCE)));
        if (schedules.of(a.id(CELL)).isPresent()) {
            options.add(new Option(texts.t("schedule.what.clear"), CLEAR));
        }
        return options;
    }

    private static LocalTime startTime(Answers a) {
        return a.has(TIME) ? a.time(TIME) : RuleAnswer.decode(a.value(RULE)).time();
    }
}

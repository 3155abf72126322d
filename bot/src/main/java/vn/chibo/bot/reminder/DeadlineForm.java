package vn.chibo.bot.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.chibo.content.access.Role;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.deadline.SetDeadline;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.scheduler.reminder.ReminderSettings;
import vn.chibo.scheduler.reminder.ReminderTexts;

/**
 * /hanbaocao: an office user sets a reporting deadline for its directly subordinate organisations (the default, as
 * committees count), every cell of its subtree, or those picked, once or recurring; or hands a deadline set above for
 * its committee down to its own organisations (asked first, when there is one; the reminder's "Giao cho tổ chức trực
 * thuộc" opens the form with it chosen). Those asked are then reminded before it; leaders get the overdue digest after
 * it and "100%" when done; a committee that handed a report down is told when all its own are in.
 */
@Component
class DeadlineForm implements Form {

    // The questions, by key.
    static final String PARENT = "parent";
    static final String TITLE = "title";
    static final String DUE = "due";
    static final String REPEAT = "repeat";
    static final String WHO = "who";
    static final String UNITS = "units";

    /** A report of the committee's own, not handed down from above. */
    static final String OWN = "own";

    static final String DIRECT = "direct";
    static final String ALL = "all";
    static final String SOME = "some";

    private final Texts texts;
    private final SetDeadline setDeadline;
    private final Deadlines deadlines;
    private final OrgUnits units;
    private final ReminderSettings settings;
    private final ReminderTexts reminderTexts;
    private final Readers readers;
    private final Clock clock;

    DeadlineForm(
            Texts texts,
            SetDeadline setDeadline,
            Deadlines deadlines,
            OrgUnits units,
            ReminderSettings settings,
            ReminderTexts reminderTexts,
            Readers readers,
            Clock clock) {
        this.texts = texts;
        this.setDeadline = setDeadline;
        this.deadlines = deadlines;
        this.units = units;
        this.settings = settings;
        this.reminderTexts = reminderTexts;
        this.readers = readers;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "deadline";
    }

    @Override
    public boolean allows(Actor actor) {
        return actor.acting() != null
                && actor.acting().role() == Role.OFFICE
                && !actor.acting().unit().isCell();
    }

    private List<OrgUnit> direct(Actor actor) {
        return units.children(actor.acting().unit().id());
    }

    private List<OrgUnit> cells(Actor actor) {
        return units.within(actor.acting().unit().path(), OrgKind.CELL);
    }

    /** The option that hands {@code parent} down: "↪️ Giao tiếp: Báo cáo quý (hạn 15/12/2026)". */
    Option rollDown(Deadline parent) {
        LocalDate due = parent.nextDueFrom(LocalDate.now(clock)).orElse(parent.firstDueOn());
        return new Option(
                texts.t("deadline.parent.option", parent.title(), due.format(PartyCalendar.DAY)),
                Long.toString(parent.id()));
    }

    private Optional<Deadline> parent(Answers a) {
        String value = a.value(PARENT);
        return value == null || OWN.equals(value) || !value.matches("\\d{1,18}")
                ? Optional.empty()
                : deadlines.find(Long.parseLong(value));
    }

    private boolean own(Answers a) {
        return a.value(PARENT) == null || OWN.equals(a.value(PARENT));
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose(PARENT)
                        .prompt(a -> texts.t("deadline.ask.parent"))
                        .options((a, actor) -> {
                            List<Option> options = new ArrayList<>();
                            deadlines.rollableFor(actor.acting().unit(), LocalDate.now(clock)).stream()
                                    .map(this::rollDown)
                                    .forEach(options::add);
                            options.add(new Option(texts.t("deadline.parent.own"), OWN));
                            return options;
                        }),
                Question.text(TITLE)
                        .prompt(a -> texts.t("deadline.ask.title"))
                        .parse(text -> readers.line(text, Deadlines.MAX_TITLE))
                        .quick((a, actor) -> Arrays.asList("monthly", "quarterly", "half", "year").stream()
                                .map(k -> new Option(texts.t("deadline.quick." + k), texts.t("deadline.quick." + k)))
                                .toList())
                        .when(this::own),
                Question.text(DUE)
                        .prompt(a ->
                                own(a) ? texts.t("deadline.ask.due") : texts.t("deadline.ask.due.down", parentDue(a)))
                        .parseSeeing((text, a) -> {
                            Parsed day = readers.comingDay(text, d -> texts.t("deadline.due.past", d));
                            boolean afterParent = day.error() == null
                                    && parent(a).isPresent()
                                    && LocalDate.parse(day.value()).isAfter(LocalDate.parse(parentDueIso(a)));
                            return afterParent ? Parsed.wrong(texts.t("deadline.due.after_parent", parentDue(a))) : day;
                        }),
                Question.choose(REPEAT)
                        .prompt(a -> texts.t("deadline.ask.repeat"))
                        .options((a, actor) -> List.of(
                                new Option(texts.t("deadline.repeat.0"), "0"),
                                new Option(texts.t("deadline.repeat.1"), "1"),
                                new Option(texts.t("deadline.repeat.3"), "3"),
                                new Option(texts.t("deadline.repeat.6"), "6"),
                                new Option(texts.t("deadline.repeat.12"), "12")))
                        .when(this::own),
                Question.choose(WHO).prompt(a -> texts.t("deadline.ask.who")).options((a, actor) -> who(actor)),
                Question.toggle(UNITS)
                        .prompt(a -> texts.t("deadline.ask.units"))
                        .options((a, actor) -> direct(actor).stream()
                                .map(c -> new Option(c.name(), Long.toString(c.id())))
                                .toList())
                        .when(a -> SOME.equals(a.value(WHO)))
                        .check((value, a) -> value.isEmpty() ? texts.t("deadline.units.none") : null));
    }

    /**
     * Who is asked: the direct subordinates (all cells, for a committee of cells), every cell where there are
     * committees between, or some picked among the direct subordinates.
     */
    private List<Option> who(Actor actor) {
        List<OrgUnit> direct = direct(actor);
        List<Option> options = new ArrayList<>();
        if (direct.stream().allMatch(OrgUnit::isCell)) {
            options.add(new Option(texts.t("deadline.who.cells", Integer.toString(direct.size())), DIRECT));
        } else {
            options.add(new Option(texts.t("deadline.who.direct", Integer.toString(direct.size())), DIRECT));
            options.add(new Option(
                    texts.t("deadline.who.all", Integer.toString(cells(actor).size())), ALL));
        }
        options.add(new Option(texts.t("deadline.who.some"), SOME));
        return options;
    }

    /** The due date above, as the form shows it ("15/12/2026"). */
    private String parentDue(Answers a) {
        return LocalDate.parse(parentDueIso(a)).format(PartyCalendar.DAY);
    }

    private String parentDueIso(Answers a) {
        LocalDate today = LocalDate.now(clock);
        return parent(a).flatMap(p -> p.nextDueFrom(today)).orElse(today).toString();
    }

    @Override
    public List<String> dependents(String key) {
        return key.equals(WHO) ? List.of(UNITS) : List.of();
    }

    @Override
    public List<Option> editable(Answers a) {
        List<Option> editable = new ArrayList<>();
        if (own(a)) {
            editable.add(new Option(texts.t("deadline.edit.title"), TITLE));
        }
        editable.add(new Option(texts.t("deadline.edit.due"), DUE));
        if (own(a)) {
            editable.add(new Option(texts.t("deadline.edit.repeat"), REPEAT));
        }
        editable.add(new Option(texts.t("deadline.edit.who"), WHO));
        return editable;
    }

    @Override
    public String summary(Answers a, Actor actor) {
        String who = SOME.equals(a.value(WHO)) ? a.label(UNITS) : a.label(WHO);
        String reminded = settings.deadlineDaysBefore().stream()
                .map(String::valueOf)
                .reduce((x, y) -> x + ", " + y)
                .orElse("");
        Optional<Deadline> parent = parent(a);
        String card = parent.isPresent()
                ? texts.t(
                        "deadline.summary.down",
                        parent.get().title(),
                        units.get(parent.get().committeeId()).name(),
                        parentDue(a),
                        a.label(DUE),
                        who,
                        reminded)
                : texts.t("deadline.summary", a.value(TITLE), a.label(DUE), a.label(REPEAT), who, reminded);
        return String.join("\n", card, "", texts.t("deadline.summary.confirm"));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        Deadline.Targets targets =
                switch (a.value(WHO)) {
                    case ALL -> Deadline.Targets.CELLS;
                    case SOME -> Deadline.Targets.CHOSEN;
                    default -> Deadline.Targets.DIRECT;
                };
        List<Long> picked = targets == Deadline.Targets.CHOSEN ? a.ids(UNITS) : List.of();
        Optional<Deadline> parent = parent(a);
        String title = parent.map(Deadline::title).orElse(a.value(TITLE));
        var command = new SetDeadline.Command(
                title,
                a.date(DUE),
                parent.isPresent() ? 0 : Integer.parseInt(a.value(REPEAT)),
                targets,
                picked,
                parent.map(Deadline::id).orElse(null),
                count -> texts.t("deadline.audit", title, a.label(DUE), Integer.toString(count)));
        SetDeadline.Result result = setDeadline.run(command, actor);
        if (result instanceof SetDeadline.Result.Done done) {
            return Saved.text(texts.t(
                    "deadline.saved",
                    title,
                    a.label(DUE),
                    Integer.toString(done.count()),
                    reminderTexts.counted(done.counted())));
        }
        return Saved.refused(
                switch (((SetDeadline.Result.Refused) result).reason()) {
                    case NOT_OFFICE -> texts.t("access.denied");
                    case IN_THE_PAST -> texts.t("deadline.due.past", a.date(DUE).format(PartyCalendar.DAY));
                    case AFTER_PARENT -> texts.t("deadline.due.after_parent", parentDue(a));
                    case NOT_FOR_US -> texts.t("deadline.parent.gone");
                    case CHANGED_MEANWHILE, NO_SUCH_PERIOD -> texts.t("form.changed_meanwhile");
                });
    }
}

package vn.chibo.bot.reminder;

import java.util.Arrays;
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
import vn.chibo.content.access.Role;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.deadline.SetDeadline;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.scheduler.reminder.ReminderSettings;

/**
 * /hanbaocao: an office user sets a reporting deadline for the cells of their committee (all, or some), once or
 * recurring. Secretaries are then reminded before it; leaders get the overdue digest after it and "100%" when done.
 */
@Component
class DeadlineForm implements Form {

    // The questions, by key.
    static final String TITLE = "title";
    static final String DUE = "due";
    static final String REPEAT = "repeat";
    static final String WHO = "who";
    static final String CELLS = "cells";

    static final String ALL = "all";
    static final String SOME = "some";

    private final Texts texts;
    private final SetDeadline setDeadline;
    private final OrgUnits units;
    private final ReminderSettings settings;
    private final Readers readers;

    DeadlineForm(Texts texts, SetDeadline setDeadline, OrgUnits units, ReminderSettings settings, Readers readers) {
        this.texts = texts;
        this.setDeadline = setDeadline;
        this.units = units;
        this.settings = settings;
        this.readers = readers;
    }

    @Override
    public String name() {
        return "deadline";
    }

    @Override
    public boolean allows(Actor actor) {
        return actor.acting() != null && actor.acting().role() == Role.OFFICE;
    }

    private List<OrgUnit> cells(Actor actor) {
        return units.within(actor.acting().unit().path(), OrgKind.CELL);
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.text(TITLE)
                        .prompt(a -> texts.t("deadline.ask.title"))
                        .parse(text -> readers.line(text, Deadlines.MAX_TITLE))
                        .quick((a, actor) -> Arrays.asList("monthly", "quarterly", "half", "year").stream()
                                .map(k -> new Option(texts.t("deadline.quick." + k), texts.t("deadline.quick." + k)))
                                .toList()),
                Question.text(DUE)
                        .prompt(a -> texts.t("deadline.ask.due"))
                        .parse(text -> readers.comingDay(text, day -> texts.t("deadline.due.past", day))),
                Question.choose(REPEAT)
                        .prompt(a -> texts.t("deadline.ask.repeat"))
                        .options((a, actor) -> List.of(
                                new Option(texts.t("deadline.repeat.0"), "0"),
                                new Option(texts.t("deadline.repeat.1"), "1"),
                                new Option(texts.t("deadline.repeat.3"), "3"),
                                new Option(texts.t("deadline.repeat.6"), "6"),
                                new Option(texts.t("deadline.repeat.12"), "12"))),
                Question.choose(WHO)
                        .prompt(a -> texts.t("deadline.ask.who"))
                        .options((a, actor) -> List.of(
                                new Option(
                                        texts.t(
                                                "deadline.who.all",
                                                Integer.toString(cells(actor).size())),
                                        ALL),
                                new Option(texts.t("deadline.who.some"), SOME))),
                Question.toggle(CELLS)
                        .prompt(a -> texts.t("deadline.ask.cells"))
                        .options((a, actor) -> cells(actor).stream()
                                .map(c -> new Option(c.name(), Long.toString(c.id())))
                                .toList())
                        .when(a -> SOME.equals(a.value(WHO)))
                        .check((value, a) -> value.isEmpty() ? texts.t("deadline.cells.none") : null));
    }

    @Override
    public List<String> dependents(String key) {
        return key.equals(WHO) ? List.of(CELLS) : List.of();
    }

    @Override
    public List<Option> editable(Answers a) {
        return List.of(
                new Option(texts.t("deadline.edit.title"), TITLE),
                new Option(texts.t("deadline.edit.due"), DUE),
                new Option(texts.t("deadline.edit.repeat"), REPEAT),
                new Option(texts.t("deadline.edit.who"), WHO));
    }

    @Override
    public String summary(Answers a, Actor actor) {
        String who = ALL.equals(a.value(WHO)) ? a.label(WHO) : a.label(CELLS);
        return String.join(
                "\n",
                texts.t(
                        "deadline.summary",
                        a.value(TITLE),
                        a.label(DUE),
                        a.label(REPEAT),
                        who,
                        settings.deadlineDaysBefore().stream()
                                .map(String::valueOf)
                                .reduce((x, y) -> x + ", " + y)
                                .orElse("")),
                "",
                texts.t("deadline.summary.confirm"));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        List<Long> picked = SOME.equals(a.value(WHO)) ? a.ids(CELLS) : List.of();
        var command = new SetDeadline.Command(
                a.value(TITLE),
                a.date(DUE),
                Integer.parseInt(a.value(REPEAT)),
                picked,
                cells -> texts.t("deadline.audit", a.value(TITLE), a.label(DUE), Integer.toString(cells)));
        SetDeadline.Result result = setDeadline.run(command, actor);
        if (result instanceof SetDeadline.Result.Done done) {
            return Saved.text(texts.t("deadline.saved", a.value(TITLE), a.label(DUE), Integer.toString(done.cells())));
        }
        return Saved.refused(
                switch (((SetDeadline.Result.Refused) result).reason()) {
                    case NOT_OFFICE -> texts.t("access.denied");
                    case IN_THE_PAST -> texts.t("deadline.due.past", a.date(DUE).format(PartyCalendar.DAY));
                    case CHANGED_MEANWHILE, NO_SUCH_PERIOD -> texts.t("form.changed_meanwhile");
                });
    }
}

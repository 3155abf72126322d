package vn.chibo.bot.plan;

import java.time.Clock;
import java.time.LocalDate;
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
import vn.chibo.content.access.Role;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.plan.AnnualPlan;
import vn.chibo.content.plan.OpenPlan;
import vn.chibo.content.plan.Plans;

/**
 * A committee office opens the year's plan (from /kehoach): which year, the registration's due date, who registers
 * (its directly subordinate organisations, or every cell). Saving asks each of them at once.
 */
@Component
class PlanOpenForm implements Form {

    static final String NAME = "plan_open";
    static final String YEAR = "year";
    static final String DUE = "due";
    static final String WHO = "who";

    private final OpenPlan openPlan;
    private final Plans plans;
    private final PlanNotices notices;
    private final OrgUnits units;
    private final Readers readers;
    private final Texts texts;
    private final Clock clock;

    PlanOpenForm(
            OpenPlan openPlan,
            Plans plans,
            PlanNotices notices,
            OrgUnits units,
            Readers readers,
            Texts texts,
            Clock clock) {
        this.openPlan = openPlan;
        this.plans = plans;
        this.notices = notices;
        this.units = units;
        this.readers = readers;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean allows(Actor actor) {
        return actor.acting() != null
                && actor.acting().role() == Role.OFFICE
                && !actor.acting().unit().isCell();
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose(YEAR).prompt(a -> texts.t("plan.ask.year")).options((a, actor) -> {
                    List<Option> years = new ArrayList<>();
                    int now = LocalDate.now(clock).getYear();
                    for (int year : List.of(now, now + 1)) {
                        if (plans.of(actor.acting().unit(), year).isEmpty()) {
                            years.add(new Option(texts.t("plan.year", Integer.toString(year)), Integer.toString(year)));
                        }
                    }
                    return years;
                }),
                Question.text(DUE)
                        .prompt(a -> texts.t("plan.ask.due", a.value(YEAR)))
                        .parse(text -> readers.comingDay(text, day -> texts.t("deadline.due.past", day))),
                Question.choose(WHO).prompt(a -> texts.t("plan.ask.who")).options((a, actor) -> who(actor)));
    }

    private List<Option> who(Actor actor) {
        OrgUnit committee = actor.acting().unit();
        List<OrgUnit> direct = units.children(committee.id());
        if (direct.stream().allMatch(OrgUnit::isCell)) {
            return List.of(new Option(
                    texts.t("deadline.who.cells", Integer.toString(direct.size())), AnnualPlan.Targets.DIRECT.name()));
        }
        int cells = units.within(committee.path(), OrgKind.CELL).size();
        return List.of(
                new Option(
                        texts.t("deadline.who.direct", Integer.toString(direct.size())),
                        AnnualPlan.Targets.DIRECT.name()),
                new Option(texts.t("deadline.who.all", Integer.toString(cells)), AnnualPlan.Targets.CELLS.name()));
    }

    @Override
    public List<Option> editable(Answers a) {
        return List.of(new Option(texts.t("plan.edit.due"), DUE), new Option(texts.t("plan.edit.who"), WHO));
    }

    @Override
    public String summary(Answers a, Actor actor) {
        return String.join(
                "\n",
                texts.t("plan.summary", a.value(YEAR), a.label(DUE), a.label(WHO)),
                "",
                texts.t("deadline.summary.confirm"));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        var command = new OpenPlan.Command(
                Integer.parseInt(a.value(YEAR)), a.date(DUE), AnnualPlan.Targets.valueOf(a.value(WHO)));
        OpenPlan.Result result = openPlan.run(command, actor);
        if (result instanceof OpenPlan.Result.Done done) {
            PlanNotices.Sent sent = notices.ask(done.plan(), plans.targetsOf(done.plan()), "opened");
            return Saved.text(texts.t(
                    "plan.opened",
                    a.value(YEAR),
                    Integer.toString(done.asked()),
                    a.label(DUE),
                    Integer.toString(sent.organisations())));
        }
        return Saved.refused(
                switch (((OpenPlan.Result.Refused) result).reason()) {
                    case NOT_OFFICE -> texts.t("access.denied");
                    case IN_THE_PAST -> texts.t("deadline.due.past", a.date(DUE).format(PartyCalendar.DAY));
                    case ALREADY_OPEN -> texts.t("plan.already", a.value(YEAR));
                    case NO_SUCH_YEAR, NOBODY -> texts.t("form.changed_meanwhile");
                });
    }
}

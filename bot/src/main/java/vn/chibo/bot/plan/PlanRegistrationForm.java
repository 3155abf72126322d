package vn.chibo.bot.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.plan.AnnualPlan;
import vn.chibo.content.plan.Plans;
import vn.chibo.content.plan.RegisterPlan;
import vn.chibo.content.plan.Registration;

/**
 * An organisation registers to a committee's plan (from /kehoach or the request's button): its thematic topic for
 * each quarter, then its "học tập và làm theo" model — name, content, commitments (may be skipped). A cell registers
 * by its secretary or deputy, a committee by its office. Registering again starts from what was registered.
 */
@Component
class PlanRegistrationForm implements Form {

    static final String NAME = "plan_register";
    static final String PLAN = "plan";
    static final List<String> QUARTERS = List.of("q1", "q2", "q3", "q4");
    static final String MODEL = "model";
    static final String CONTENT = "content";
    static final String COMMITMENTS = "commitments";

    private final Plans plans;
    private final RegisterPlan registerPlan;
    private final OrgUnits units;
    private final Readers readers;
    private final Texts texts;
    private final Clock clock;

    PlanRegistrationForm(
            Plans plans, RegisterPlan registerPlan, OrgUnits units, Readers readers, Texts texts, Clock clock) {
        this.plans = plans;
        this.registerPlan = registerPlan;
        this.units = units;
        this.readers = readers;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** A cell's secretary or deputy, or a committee's office. */
    @Override
    public boolean allows(Actor actor) {
        if (actor.acting() == null) {
            return false;
        }
        return actor.acting().unit().isCell()
                ? actor.acting().role().actsForCell()
                : actor.acting().role() == Role.OFFICE;
    }

    /** "Kế hoạch năm 2027 của Đảng bộ Khối (hạn 15/1/2027)". */
    String planLabel(AnnualPlan plan) {
        return texts.t(
                "plan.option",
                Integer.toString(plan.year()),
                units.get(plan.committeeId()).name(),
                plan.dueOn().format(PartyCalendar.DAY));
    }

    /** The answers {@code registration} gave, to start from them. */
    void fill(Registration registration, Map<String, String> values, Map<String, String> labels) {
        for (int q = 1; q <= 4; q++) {
            values.put(QUARTERS.get(q - 1), registration.topic(q));
            labels.put(QUARTERS.get(q - 1), registration.topic(q));
        }
        values.put(MODEL, registration.modelName());
        labels.put(MODEL, registration.modelName());
        values.put(CONTENT, registration.modelContent());
        labels.put(CONTENT, registration.modelContent());
        if (registration.commitments() != null) {
            values.put(COMMITMENTS, registration.commitments());
            labels.put(COMMITMENTS, registration.commitments());
        }
    }

    @Override
    public List<Question> questions() {
        List<Question> questions = new ArrayList<>();
        questions.add(Question.choose(PLAN)
                .prompt(a -> texts.t("plan.ask.plan"))
                .options((a, actor) -> plans
                        .asking(actor.acting().unit(), LocalDate.now(clock).getYear())
                        .stream()
                        .map(p -> new Option(planLabel(p), Long.toString(p.id())))
                        .toList()));
        String[] roman = {"I", "II", "III", "IV"};
        for (int q = 0; q < 4; q++) {
            String quarter = roman[q];
            questions.add(Question.text(QUARTERS.get(q))
                    .prompt(a -> texts.t("plan.ask.topic", quarter))
                    .parse(text -> readers.line(text, Registration.MAX_LINE)));
        }
        questions.add(Question.text(MODEL)
                .prompt(a -> texts.t("plan.ask.model"))
                .parse(text -> readers.line(text, Registration.MAX_LINE)));
        questions.add(Question.text(CONTENT)
                .prompt(a -> texts.t("plan.ask.content"))
                .parse(text -> readers.line(text, Registration.MAX_TEXT)));
        questions.add(Question.text(COMMITMENTS)
                .prompt(a -> texts.t("plan.ask.commitments"))
                .parse(text -> readers.line(text, Registration.MAX_TEXT))
                .skippable());
        return questions;
    }

    @Override
    public List<Option> editable(Answers a) {
        return List.of(
                new Option(texts.t("plan.edit.q1"), QUARTERS.get(0)),
                new Option(texts.t("plan.edit.q2"), QUARTERS.get(1)),
                new Option(texts.t("plan.edit.q3"), QUARTERS.get(2)),
                new Option(texts.t("plan.edit.q4"), QUARTERS.get(3)),
                new Option(texts.t("plan.edit.model"), MODEL),
                new Option(texts.t("plan.edit.content"), CONTENT),
                new Option(texts.t("plan.edit.commitments"), COMMITMENTS));
    }

    @Override
    public String summary(Answers a, Actor actor) {
        String commitments = a.value(COMMITMENTS) == null ? texts.t("plan.summary.none") : a.value(COMMITMENTS);
        return String.join(
                "\n",
                texts.t(
                        "plan.summary.register",
                        a.label(PLAN),
                        a.value(QUARTERS.get(0)),
                        a.value(QUARTERS.get(1)),
                        a.value(QUARTERS.get(2)),
                        a.value(QUARTERS.get(3)),
                        a.value(MODEL),
                        a.value(CONTENT),
                        commitments),
                "",
                texts.t("deadline.summary.confirm"));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        var registration = new Registration(
                Long.parseLong(a.value(PLAN)),
                actor.acting().unit().id(),
                QUARTERS.stream().map(a::value).toList(),
                a.value(MODEL),
                a.value(CONTENT),
                a.value(COMMITMENTS));
        RegisterPlan.Result result = registerPlan.run(registration, actor);
        if (result instanceof RegisterPlan.Result.Done done) {
            return Saved.text(
                    done.again()
                            ? texts.t(
                                    "plan.register.changed",
                                    Integer.toString(done.plan().year()))
                            : texts.t(
                                    "plan.register.done",
                                    Integer.toString(done.plan().year())));
        }
        return Saved.refused(
                switch (((RegisterPlan.Result.Refused) result).reason()) {
                    case NOT_YOURS -> texts.t("access.denied");
                    case NOT_ASKED -> texts.t("plan.register.not_asked");
                    case INCOMPLETE -> texts.t("form.changed_meanwhile");
                });
    }
}

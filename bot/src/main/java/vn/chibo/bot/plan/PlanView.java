package vn.chibo.bot.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.Reply;
import vn.chibo.bot.chat.form.Forms;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.plan.AnnualPlan;
import vn.chibo.content.plan.Plans;
import vn.chibo.content.plan.Registration;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.Outgoing;
import vn.chibo.scheduler.reminder.ReminderSettings;

/**
 * /kehoach. A committee's leader or office sees its plans of this year (and of the next, from October): how many of
 * the organisations asked have registered, who has not, how many planned topics were held, with "🔔 Nhắc" for the
 * rest; its office may open a year's plan. An organisation asked by a plan above sees whether it has registered, with
 * the button to register or to change its registration. Buttons carry {@code kh:n:<plan>} (nudge) and
 * {@code kh:r:<plan>} (register), each checked against the person's role now.
 */
@Component
class PlanView {

    private static final Logger log = LoggerFactory.getLogger(PlanView.class);
    /** Organisations named in the list of those not registered; more are counted. */
    private static final int SHOWN = 15;

    private final Plans plans;
    private final OrgUnits units;
    private final PlanNotices notices;
    private final Forms forms;
    private final PlanRegistrationForm registration;
    private final ReminderSettings settings;
    private final Texts texts;
    private final Clock clock;

    PlanView(
            Plans plans,
            OrgUnits units,
            PlanNotices notices,
            Forms forms,
            PlanRegistrationForm registration,
            ReminderSettings settings,
            Texts texts,
            Clock clock) {
        this.plans = plans;
        this.units = units;
        this.notices = notices;
        this.forms = forms;
        this.registration = registration;
        this.settings = settings;
        this.texts = texts;
        this.clock = clock;
    }

    List<Outgoing> open(Incoming in, Actor actor) {
        if (actor.acting() == null) {
            return Reply.text(in, texts.t("access.denied"));
        }
        OrgUnit unit = actor.acting().unit();
        LocalDate today = LocalDate.now(clock);
        List<String> lines = new ArrayList<>();
        List<List<Button>> rows = new ArrayList<>();
        if (!unit.isCell()
                && (actor.acting().role() == Role.LEADER || actor.acting().role() == Role.OFFICE)) {
            for (int year : years(today)) {
                Optional<AnnualPlan> plan = plans.of(unit, year);
                if (plan.isPresent()) {
                    progress(plan.get(), unit, today, lines, rows);
                } else if (actor.acting().role() == Role.OFFICE) {
                    lines.add(texts.t("plan.none", unit.name(), Integer.toString(year)));
                    rows.add(List.of(Button.callback(
                            texts.t("plan.button.open", Integer.toString(year)),
                            CallbackData.of(Forms.OPEN, PlanOpenForm.NAME))));
                }
            }
        }
        if (registration.allows(actor)) {
            for (AnnualPlan plan : plans.asking(unit, today.getYear())) {
                asked(plan, unit, lines, rows);
            }
        }
        if (lines.isEmpty()) {
            return Reply.text(in, texts.t("plan.nothing", unit.name()));
        }
        return Reply.text(in, String.join("\n\n", lines), rows);
    }

    /** This year, and the next from October, when next year's plans are drawn up. */
    private static List<Integer> years(LocalDate today) {
        return today.getMonthValue() >= 10 ? List.of(today.getYear(), today.getYear() + 1) : List.of(today.getYear());
    }

    private void progress(AnnualPlan plan, OrgUnit unit, LocalDate today, List<String> lines, List<List<Button>> rows) {
        Plans.Progress p = plans.progress(plan, today);
        int asked = p.asked().size();
        int registered = p.registered().size();
        List<String> text = new ArrayList<>();
        text.add(texts.t(
                "plan.progress",
                Integer.toString(plan.year()),
                unit.name(),
                plan.dueOn().format(PartyCalendar.DAY),
                Integer.toString(registered),
                Integer.toString(asked),
                Integer.toString(asked == 0 ? 100 : Math.round(100f * registered / asked))));
        List<OrgUnit> missing = p.missing();
        if (!missing.isEmpty()) {
            text.add(texts.t("plan.missing"));
            missing.stream().limit(SHOWN).forEach(u -> text.add(texts.t("plan.missing.unit", u.name())));
            if (missing.size() > SHOWN) {
                text.add(texts.t("plan.missing.more", Integer.toString(missing.size() - SHOWN)));
            }
            rows.add(List.of(Button.callback(
                    texts.t("plan.button.nudge", Integer.toString(missing.size())),
                    CallbackData.of(PlanRoutes.PREFIX, "n", plan.id()))));
        }
        if (p.topicsDue() > 0) {
            text.add(texts.t("plan.topics", Integer.toString(p.topicsHeld()), Integer.toString(p.topicsDue())));
        }
        lines.add(String.join("\n", text));
    }

    private void asked(AnnualPlan plan, OrgUnit unit, List<String> lines, List<List<Button>> rows) {
        OrgUnit committee = units.get(plan.committeeId());
        Registration mine = plans.registrations(plan.id()).get(unit.id());
        String year = Integer.toString(plan.year());
        if (mine == null) {
            lines.add(texts.t("plan.asked", committee.name(), year, plan.dueOn().format(PartyCalendar.DAY)));
            rows.add(List.of(Button.callback(
                    texts.t("plan.button.register", year), CallbackData.of(PlanRoutes.PREFIX, "r", plan.id()))));
            return;
        }
        lines.add(texts.t(
                "plan.registered",
                committee.name(),
                year,
                mine.topic(1),
                mine.topic(2),
                mine.topic(3),
                mine.topic(4),
                mine.modelName()));
        rows.add(List.of(Button.callback(
                texts.t("plan.button.change", year), CallbackData.of(PlanRoutes.PREFIX, "r", plan.id()))));
    }

    /** "🔔 Nhắc": the committee's leader or office asks those not registered again, once a day. */
    List<Outgoing> nudge(Incoming in, Actor actor, long planId) {
        Optional<AnnualPlan> plan = plans.find(planId).filter(p -> follows(actor, p));
        if (plan.isEmpty()) {
            log.warn("User {} pressed the nudge of plan {} that is not theirs", in.userId(), planId);
            return Reply.answer(in, texts.t("access.denied"), true);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (!settings.quietHours().allows(now)) {
            return Reply.answer(
                    in,
                    texts.t(
                            "status.nudge.quiet",
                            Readers.label(settings.quietFrom()),
                            Readers.label(settings.quietUntil())),
                    true);
        }
        List<OrgUnit> missing = plans.progress(plan.get(), now.toLocalDate()).missing();
        PlanNotices.Sent sent = notices.ask(plan.get(), missing, "nudge" + now.toLocalDate());
        String said = sent.messages() > 0
                ? texts.t("plan.nudged", Integer.toString(sent.organisations()), Integer.toString(missing.size()))
                : missing.isEmpty() ? texts.t("plan.nudge.nobody") : texts.t("plan.nudge.already");
        List<Outgoing> replies = new ArrayList<>(Reply.answer(in, null, false));
        replies.add(Outgoing.text(in.chatId(), said));
        return replies;
    }

    /** "📝 Đăng ký": the registration form for the plan, at its summary when the organisation registered before. */
    List<Outgoing> register(Incoming in, Actor actor, long planId) {
        if (!registration.allows(actor)) {
            return Reply.answer(in, texts.t("plan.register.who"), true);
        }
        OrgUnit unit = actor.acting().unit();
        Optional<AnnualPlan> plan = plans.asking(unit, LocalDate.now(clock).getYear()).stream()
                .filter(p -> p.id() == planId)
                .findFirst();
        if (plan.isEmpty()) {
            return Reply.answer(in, texts.t("plan.register.not_asked"), true);
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        String label = registration.planLabel(plan.get());
        values.put(PlanRegistrationForm.PLAN, Long.toString(planId));
        labels.put(PlanRegistrationForm.PLAN, label);
        Registration before = plans.registrations(planId).get(unit.id());
        if (before == null) {
            return forms.startGiven(registration, in, actor, values, labels);
        }
        registration.fill(before, values, labels);
        return forms.startAtSummary(registration, in, actor, values, labels);
    }

    /** The person acts now as the leader or office of the plan's committee. */
    private static boolean follows(Actor actor, AnnualPlan plan) {
        return actor.acting() != null
                && actor.acting().unit().id() == plan.committeeId()
                && (actor.acting().role() == Role.LEADER || actor.acting().role() == Role.OFFICE);
    }
}

package vn.chibo.bot.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.form.Flows;
import vn.chibo.bot.chat.form.Forms;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.notice.NoticeOpening;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.scheduler.delivery.Outgoing;
import vn.chibo.scheduler.reminder.RemindDue;
import vn.chibo.scheduler.reminder.ReminderButton;
import vn.chibo.scheduler.reminder.ReminderSettings;
import vn.chibo.scheduler.reminder.ReminderSubject;
import vn.chibo.scheduler.reminder.Reminders;

/**
 * Presses on a reminder's buttons ({@code n:<reminder id>:<action>}): d done, l later, p postpone (a meeting),
 * s submitted, g hand down to its own organisations (a report). A reminder answers only in the chat it was sent to,
 * and only someone who answers for its organisation now (a cell's secretary or deputy, a committee's office or
 * leader, whichever role they act in); anything else is refused and logged.
 * Answers name the value they set, so a double press repeats the same answer harmlessly.
 */
@Component
public class ReminderButtons {

    private static final Logger log = LoggerFactory.getLogger(ReminderButtons.class);

    private final Reminders reminders;
    private final Deadlines deadlines;
    private final Flows flows;
    private final ReportFileFlow reportFile;
    private final ReminderSettings settings;
    private final Texts texts;
    private final Clock clock;
    private final RoleAssignments roles;
    private final RemindDue remindDue;
    private final Forms forms;
    private final DeadlineForm deadlineForm;
    private final NoticeOpening noticeOpening;

    ReminderButtons(
            Reminders reminders,
            Deadlines deadlines,
            Flows flows,
            ReportFileFlow reportFile,
            ReminderSettings settings,
            Texts texts,
            Clock clock,
            RoleAssignments roles,
            RemindDue remindDue,
            Forms forms,
            DeadlineForm deadlineForm,
            NoticeOpening noticeOpening) {
        this.reminders = reminders;
        this.deadlines = deadlines;
        this.flows = flows;
        this.reportFile = reportFile;
        this.settings = settings;
        this.texts = texts;
        this.clock = clock;
        this.roles = roles;
        this.remindDue = remindDue;
        this.forms = forms;
        this.deadlineForm = deadlineForm;
        this.noticeOpening = noticeOpening;
    }

    public List<Outgoing> press(Incoming in, Actor actor, String id, String letter) {
        Optional<Reminders.Sent> sent = id.matches("\\d{1,18}")
                ? reminders.find(Long.parseLong(id)).filter(r -> r.chatId() == in.chatId())
                : Optional.empty();
        if (sent.isEmpty()) {
            log.warn(
                    "User {} pressed a reminder button that is not theirs or does not exist: {}",
                    in.userId(),
                    in.callbackData());
            return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("button.stale"), false));
        }
        Optional<ReminderSubject> subject = ReminderSubject.parse(sent.get().subject());
        Optional<ReminderButton> button = ReminderButton.of(letter);
        if (subject.isEmpty() || button.isEmpty() || !button.get().fits(subject.get())) {
            return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("button.stale"), false));
        }
        long unitId = subject.get().unitId();
        if (!roles.answersFor(in.userId(), unitId)) {
            log.warn("User {} pressed a reminder of unit {} they no longer answer for", in.userId(), unitId);
            return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("access.denied"), true));
        }
        if (subject.get() instanceof ReminderSubject.Report report) {
            return button.get() == ReminderButton.ROLL_DOWN
                    ? rollDown(in, actor, report)
                    : submitted(in, actor, report);
        }
        if (button.get() == ReminderButton.NOTICE && subject.get() instanceof ReminderSubject.Meeting meeting) {
            // Acting for the cell is checked by the form itself; the reminder keeps its buttons.
            return noticeOpening.forMeeting(in, actor, meeting.start());
        }
        return meeting(in, subject.get().key(), button.get());
    }

    /**
     * "Giao cho tổ chức trực thuộc": the deadline form opens with this report chosen to hand down, if the person acts
     * as the office of the committee it asks and it can still be handed down; the reminder keeps its buttons, so the
     * committee can still submit.
     */
    private List<Outgoing> rollDown(Incoming in, Actor actor, ReminderSubject.Report report) {
        boolean office = actor.acting() != null
                && actor.acting().role() == Role.OFFICE
                && actor.acting().unit().id() == report.unitId();
        if (!office) {
            return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("reminder.roll_down.office"), true));
        }
        Optional<Deadline> parent = deadlines.rollableFor(actor.acting().unit(), LocalDate.now(clock)).stream()
                .filter(d -> d.id() == report.deadlineId())
                .findFirst();
        if (parent.isEmpty()) {
            return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("deadline.parent.gone"), true));
        }
        Option chosen = deadlineForm.rollDown(parent.get());
        return forms.startGiven(
                deadlineForm,
                in,
                actor,
                Map.of(DeadlineForm.PARENT, chosen.value()),
                Map.of(DeadlineForm.PARENT, chosen.label()));
    }

    private List<Outgoing> meeting(Incoming in, String subject, ReminderButton action) {
        Optional<Reminders.Answered> before = reminders.answerOf(subject);
        boolean settled = before.isPresent() && before.get().answer() != Reminders.Answer.SNOOZED;
        if (settled) {
            String already = before.get().answer() == Reminders.Answer.DONE
                    ? texts.t("reminder.answer.done")
                    : texts.t("reminder.answer.postponed");
            return List.of(Outgoing.answer(in.chatId(), in.callbackId(), already, false));
        }
        String status;
        switch (action) {
            case DONE -> {
                reminders.answer(subject, Reminders.Answer.DONE, null, in.userId());
                status = texts.t("reminder.answer.done");
            }
            case LATER -> {
                Instant until = clock.instant().plus(settings.snooze());
                LocalDateTime at = settings.quietHours().nextAllowed(LocalDateTime.ofInstant(until, clock.getZone()));
                reminders.answer(subject, Reminders.Answer.SNOOZED, until, in.userId());
                status = texts.t(
                        "reminder.answer.later",
                        at.getHour() + "h" + (at.getMinute() == 0 ? "" : String.format("%02d", at.getMinute())),
                        at.toLocalDate().equals(LocalDate.now(clock))
                                ? texts.t("reminder.answer.today")
                                : at.toLocalDate().format(PartyCalendar.DAY));
            }
            default -> {
                reminders.answer(subject, Reminders.Answer.POSTPONED, null, in.userId());
                status = texts.t("reminder.answer.postponed");
            }
        }
        return settle(in, status);
    }

    private List<Outgoing> submitted(Incoming in, Actor actor, ReminderSubject.Report report) {
        var deadline = deadlines.find(report.deadlineId());
        if (deadline.isEmpty()) {
            return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("button.stale"), false));
        }
        deadlines.submit(report.deadlineId(), report.unitId(), report.dueOn(), in.userId());
        remindDue.refreshDigest(report.deadlineId(), report.dueOn());
        reminders.answer(report.key(), Reminders.Answer.DONE, null, in.userId());
        List<Outgoing> replies = new ArrayList<>(
                settle(in, texts.t("reminder.answer.submitted", deadline.get().title())));
        var state = AwaitedReport.of(
                report.deadlineId(),
                report.unitId(),
                report.dueOn(),
                deadline.get().title());
        replies.addAll(flows.begin(reportFile, state, in, actor, false));
        return replies;
    }

    /** The reminder keeps its text, loses its buttons and gains the answer; the spinner stops with it as a toast. */
    private List<Outgoing> settle(Incoming in, String status) {
        Outgoing answer = Outgoing.answer(in.chatId(), in.callbackId(), status, false);
        if (in.messageId() == null || in.text() == null) {
            return List.of(answer, Outgoing.text(in.chatId(), status));
        }
        return List.of(answer, Outgoing.edit(in.chatId(), in.messageId(), in.text() + "\n\n" + status, List.of()));
    }
}

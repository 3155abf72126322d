package vn.chibo.scheduler.reminder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.meeting.Absences;

/**
 * Who is due which reminder at {@code now}: pure, from facts gathered elsewhere. Each decision names its subject
 * (what it is about) and its step (which of that subject's reminders); with the chat, that is its key, so
 * deciding again later yields the same key and nothing new is sent. After downtime only the latest step still
 * meaningful is decided: one reminder when chibo comes back, not one per missed moment. Nothing is decided in
 * quiet hours: the first sweep after them decides it.
 */
public final class ReminderPolicy {

    /**
     * What the policy knows about a cell now. {@code absentees}: members absent without reason in at least the warning
     * line's months of the last 12; {@code unpaid}: members who have not paid their dues in as many.
     */
    public record CellFacts(
            long cellId,
            String name,
            List<Long> chats,
            MeetingSchedules.Schedule schedule,
            List<LocalDateTime> planned,
            boolean monthlyHeld,
            boolean thematicHeld,
            List<Absences.Absentee> absentees,
            List<Absences.Absentee> unpaid) {

        /** A cell with no one behind on dues. */
        public CellFacts(
                long cellId,
                String name,
                List<Long> chats,
                MeetingSchedules.Schedule schedule,
                List<LocalDateTime> planned,
                boolean monthlyHeld,
                boolean thematicHeld,
                List<Absences.Absentee> absentees) {
            this(cellId, name, chats, schedule, planned, monthlyHeld, thematicHeld, absentees, List.of());
        }
    }

    /**
     * An organisation a report is asked of, and whether it has submitted for the occurrence. {@code committee}: it may
     * roll the report down to its own; {@code below}: how many of those have submitted, once it has (else null).
     */
    public record Target(
            long unitId, String name, List<Long> chats, boolean submitted, boolean committee, Notice.Progress below) {

        /** A cell, or a committee that has not rolled the report down. */
        public Target(long unitId, String name, List<Long> chats, boolean submitted) {
            this(unitId, name, chats, submitted, false, null);
        }
    }

    /**
     * For an occurrence of a deadline rolled down from the one above: that one's occurrence it feeds, the committee
     * that rolled it down (to submit once all its own have), and whether it has.
     */
    public record Rollup(
            long parentDeadlineId,
            LocalDate parentDue,
            long unitId,
            String unit,
            String above,
            List<Long> chats,
            boolean submitted) {}

    /** One due date of a deadline, with its targets, counted as {@code counted}; {@code rollup} null unless rolled down. */
    public record Occurrence(
            long deadlineId,
            String title,
            LocalDate dueOn,
            List<Long> leaderChats,
            List<Target> targets,
            Deadline.Counted counted,
            Rollup rollup) {}

    /** What a reminder carries under its text. */
    public enum Buttons {
        NONE,
        /** Done, later, postpone. */
        MEETING,
        /** Submitted. */
        REPORT,
        /** Submitted, and hand down to its own organisations. */
        REPORT_ROLL_DOWN
    }

    /** A reminder to send. */
    public record Decision(String subject, String step, long chatId, Notice notice, Buttons buttons) {
        public String key() {
            return subject + ":" + step + ":" + chatId;
        }
    }

    private final ReminderSettings settings;
    private final ZoneId zone;
    private final int removalMonths;

    /** With the Charter's 3 months as the removal line. */
    public ReminderPolicy(ReminderSettings settings, ZoneId zone) {
        this(settings, zone, 3);
    }

    /** {@code removalMonths}: from how many months of unexcused absence a member is named for removal. */
    public ReminderPolicy(ReminderSettings settings, ZoneId zone, int removalMonths) {
        this.settings = settings;
        this.zone = zone;
        this.removalMonths = removalMonths;
    }

    public List<Decision> decide(
            LocalDateTime now,
            List<CellFacts> cells,
            List<Occurrence> occurrences,
            Map<String, Reminders.Answered> answers) {
        List<Decision> decisions = new ArrayList<>();
        if (!settings.quietHours().allows(now)) {
            return decisions;
        }
        for (CellFacts cell : cells) {
            meetings(now, cell, answers, decisions);
            nudges(now, cell, decisions);
        }
        for (Occurrence occurrence : occurrences) {
            deadline(now, occurrence, decisions);
        }
        return decisions;
    }

    // ---- meetings ---------------------------------------------------------------------------------

    private void meetings(
            LocalDateTime now, CellFacts cell, Map<String, Reminders.Answered> answers, List<Decision> out) {
        List<LocalDateTime> starts = new ArrayList<>(cell.planned());
        YearMonth month = YearMonth.from(now);
        if (cell.schedule() != null) {
            for (YearMonth m : List.of(month, month.plusMonths(1))) {
                if (m.equals(month) && cell.monthlyHeld()) {
                    continue;
                }
                starts.add(
                        cell.schedule().rule().dateIn(m).atTime(cell.schedule().startsAt()));
            }
        }
        for (LocalDateTime start : starts.stream().distinct().toList()) {
            if (!now.isBefore(start)) {
                continue;
            }
            String subject = new ReminderSubject.Meeting(cell.cellId(), start).key();
            Reminders.Answered answer = answers.get(subject);
            if (answer != null && answer.answer() != Reminders.Answer.SNOOZED) {
                continue;
            }
            int daysLeft = (int) ChronoUnit.DAYS.between(now.toLocalDate(), start.toLocalDate());
            latestMeetingStep(now, start)
                    .ifPresent(days -> send(
                            out,
                            subject,
                            days == 0 ? "morning" : "d" + days,
                            cell.chats(),
                            new Notice.MeetingSoon(cell.name(), start, daysLeft, false),
                            Buttons.MEETING));
            if (answer != null
                    && answer.snoozedUntil() != null
                    && !now.atZone(zone).toInstant().isBefore(answer.snoozedUntil())) {
                send(
                        out,
                        subject,
                        "again" + answer.snoozedUntil().getEpochSecond(),
                        cell.chats(),
                        new Notice.MeetingSoon(cell.name(), start, daysLeft, true),
                        Buttons.MEETING);
            }
        }
    }

    /** Days before the meeting of the latest reminder moment passed by {@code now} (0: the meeting's morning). */
    private Optional<Integer> latestMeetingStep(LocalDateTime now, LocalDateTime start) {
        LocalDateTime morning = start.toLocalDate().atTime(settings.morningOf());
        if (!now.isBefore(morning) && morning.isBefore(start)) {
            return Optional.of(0);
        }
        return settings.meetingDaysBefore().stream()
                .filter(days -> days > 0)
                .sorted()
                .filter(days ->
                        !now.isBefore(start.toLocalDate().minusDays(days).atTime(settings.remindAt())))
                .findFirst();
    }

    // ---- nudges -----------------------------------------------------------------------------------

    private void nudges(LocalDateTime now, CellFacts cell, List<Decision> out) {
        YearMonth month = YearMonth.from(now);
        LocalDate today = now.toLocalDate();
        boolean pastRemindTime = !now.toLocalTime().isBefore(settings.remindAt());
        LocalDate nudgeDay = month.atDay(Math.min(settings.monthlyNudgeDay(), month.lengthOfMonth()));
        if (!cell.monthlyHeld() && (today.isAfter(nudgeDay) || today.equals(nudgeDay) && pastRemindTime)) {
            send(
                    out,
                    "month:" + cell.cellId() + ":" + month,
                    "nudge",
                    cell.chats(),
                    new Notice.MonthlyNotHeld(cell.name(), month),
                    Buttons.NONE);
        }
        int quarter = (month.getMonthValue() - 1) / 3 + 1;
        boolean lastMonthOfQuarter = month.getMonthValue() % 3 == 0;
        if (lastMonthOfQuarter && !cell.thematicHeld() && (today.getDayOfMonth() > 1 || pastRemindTime)) {
            send(
                    out,
                    "quarter:" + cell.cellId() + ":" + month.getYear() + "Q" + quarter,
                    "nudge",
                    cell.chats(),
                    new Notice.ThematicNotHeld(cell.name(), quarter, month.getYear()),
                    Buttons.NONE);
        }
        boolean behind = !cell.absentees().isEmpty() || !cell.unpaid().isEmpty();
        if (behind && (today.getDayOfMonth() > 1 || pastRemindTime)) {
            send(
                    out,
                    "absence:" + cell.cellId() + ":" + month,
                    "flag",
                    cell.chats(),
                    UnexcusedAbsenceRule.notice(cell.name(), cell.absentees(), cell.unpaid(), removalMonths),
                    Buttons.NONE);
        }
    }

    // ---- deadlines --------------------------------------------------------------------------------

    private void deadline(LocalDateTime now, Occurrence o, List<Decision> out) {
        LocalDate today = now.toLocalDate();
        if (o.targets().isEmpty()) {
            return;
        }
        boolean pastRemindTime = !now.toLocalTime().isBefore(settings.remindAt());
        if (!today.isAfter(o.dueOn())) {
            settings.deadlineDaysBefore().stream()
                    .sorted()
                    .filter(days -> today.isAfter(o.dueOn().minusDays(days))
                            || today.equals(o.dueOn().minusDays(days)) && pastRemindTime)
                    .findFirst()
                    .ifPresent(days -> o.targets().stream()
                            .filter(t -> !t.submitted())
                            .forEach(t -> send(
                                    out,
                                    new ReminderSubject.Report(o.deadlineId(), t.unitId(), o.dueOn()).key(),
                                    "d" + days,
                                    t.chats(),
                                    new Notice.ReportDue(
                                            o.title(),
                                            o.dueOn(),
                                            (int) ChronoUnit.DAYS.between(today, o.dueOn()),
                                            t.committee() && t.below() == null),
                                    t.committee() && t.below() == null ? Buttons.REPORT_ROLL_DOWN : Buttons.REPORT)));
        }
        long submitted = o.targets().stream().filter(Target::submitted).count();
        boolean within = !today.isAfter(o.dueOn().plusDays(settings.overdueFor().toDays()));
        if (submitted == o.targets().size() && within) {
            send(
                    out,
                    "complete:" + o.deadlineId() + ":" + o.dueOn(),
                    "all",
                    o.leaderChats(),
                    new Notice.ReportComplete(o.title(), o.dueOn(), o.targets().size(), o.counted()),
                    Buttons.NONE);
            rolledUp(o, out);
            return;
        }
        LocalDate firstDigest = o.dueOn().plusDays(1);
        if (within && (today.isAfter(firstDigest) || today.equals(firstDigest) && pastRemindTime)) {
            long every = Math.max(1, settings.overdueEvery().toDays());
            long since = ChronoUnit.DAYS.between(firstDigest, today);
            long round = since / every;
            if (since % every == 0 && !pastRemindTime && round > 0) {
                round--;
            }
            send(
                    out,
                    "overdue:" + o.deadlineId() + ":" + o.dueOn(),
                    "r" + round,
                    o.leaderChats(),
                    overdue(o, today),
                    Buttons.NONE);
        }
    }

    /**
     * Everyone a committee rolled a report down to has submitted: its office is asked to submit its own, once, with
     * the button that records it (the same reminder subject as the report due from it).
     */
    private static void rolledUp(Occurrence o, List<Decision> out) {
        Rollup r = o.rollup();
        if (r == null || r.submitted()) {
            return;
        }
        send(
                out,
                new ReminderSubject.Report(r.parentDeadlineId(), r.unitId(), r.parentDue()).key(),
                "rolled" + o.dueOn(),
                r.chats(),
                new Notice.ReportRolledUp(
                        o.title(),
                        r.unit(),
                        r.above(),
                        r.parentDue(),
                        o.targets().size(),
                        o.counted()),
                Buttons.REPORT);
    }

    /** The leaders' digest of an occurrence on {@code today}: those not submitted, by name, with days late. */
    static Notice.ReportOverdue overdue(Occurrence o, LocalDate today) {
        List<Notice.Late> late = o.targets().stream()
                .filter(t -> !t.submitted())
                .map(t -> new Notice.Late(t.name(), ChronoUnit.DAYS.between(o.dueOn(), today), t.below()))
                .sorted(Comparator.comparing(Notice.Late::unit))
                .toList();
        return new Notice.ReportOverdue(
                o.title(),
                o.dueOn(),
                late,
                o.targets().size() - late.size(),
                o.targets().size(),
                o.counted());
    }

    private static void send(
            List<Decision> out, String subject, String step, List<Long> chats, Notice notice, Buttons buttons) {
        for (Long chat : chats) {
            out.add(new Decision(subject, step, chat, notice, buttons));
        }
    }
}

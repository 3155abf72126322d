package vn.chibo.scheduler.reminder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.meeting.Absences;

/** What a reminder says; rendered in Vietnamese by {@link ReminderTexts}. */
public sealed interface Notice {

    /** A cell's meeting is coming in {@code daysBefore} days, is today (0), or is asked about again after "later". */
    record MeetingSoon(String cell, LocalDateTime start, int daysBefore, boolean again) implements Notice {}

    record MonthlyNotHeld(String cell, YearMonth month) implements Notice {}

    record ThematicNotHeld(String cell, int quarter, int year) implements Notice {}

    /**
     * Members absent without reason in 2 of the last 12 months ({@code atTwo}: one more is the threshold) and in 3 or
     * more ({@code atThree}, each with their count: the cell should consider removal); likewise the members who have
     * not paid their dues ({@code duesAtTwo}, {@code duesAtThree}), the Charter's other ground for removal (art. 8).
     */
    record UnexcusedAbsences(
            String cell,
            List<String> atTwo,
            List<Absences.Absentee> atThree,
            List<String> duesAtTwo,
            List<Absences.Absentee> duesAtThree)
            implements Notice {

        /** Absences alone. */
        public UnexcusedAbsences(String cell, List<String> atTwo, List<Absences.Absentee> atThree) {
            this(cell, atTwo, atThree, List.of(), List.of());
        }
    }

    /** A report due in {@code daysLeft} days; {@code rollsDown}: to a committee, which may hand it to its own. */
    record ReportDue(String title, LocalDate dueOn, int daysLeft, boolean rollsDown) implements Notice {}

    /**
     * One organisation late with a report, and by how many days; {@code below}: for a committee that rolled it down,
     * how many of its own have submitted theirs (null otherwise).
     */
    record Late(String unit, long days, Progress below) {}

    /** {@code submitted} of {@code total}. */
    record Progress(int submitted, int total) {}

    record ReportOverdue(
            String title, LocalDate dueOn, List<Late> late, int submitted, int total, Deadline.Counted counted)
            implements Notice {}

    record ReportComplete(String title, LocalDate dueOn, int total, Deadline.Counted counted) implements Notice {}

    /**
     * Every organisation {@code unit} rolled {@code title} down to has submitted: it may now submit its own to
     * {@code above}, due {@code dueOn}.
     */
    record ReportRolledUp(String title, String unit, String above, LocalDate dueOn, int total, Deadline.Counted counted)
            implements Notice {}
}

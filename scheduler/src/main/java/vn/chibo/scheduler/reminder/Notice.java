package vn.chibo.scheduler.reminder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import vn.chibo.content.meeting.Absences;

/** What a reminder says; rendered in Vietnamese by {@link ReminderTexts}. */
public sealed interface Notice {

    /** A cell's meeting is coming in {@code daysBefore} days, is today (0), or is asked about again after "later". */
    record MeetingSoon(String cell, LocalDateTime start, int daysBefore, boolean again) implements Notice {}

    record MonthlyNotHeld(String cell, YearMonth month) implements Notice {}

    record ThematicNotHeld(String cell, int quarter, int year) implements Notice {}

    /**
     * Members absent without reason in 2 of the last 12 months ({@code atTwo}: one more is the threshold) and in 3 or
     * more ({@code atThree}, each with their count: the cell should consider removal).
     */
    record UnexcusedAbsences(String cell, List<String> atTwo, List<Absences.Absentee> atThree) implements Notice {}

    record ReportDue(String title, LocalDate dueOn, int daysLeft) implements Notice {}

    /** One cell late with a report, and by how many days. */
    record Late(String cell, long days) {}

    record ReportOverdue(String title, LocalDate dueOn, List<Late> late, int submitted, int total) implements Notice {}

    record ReportComplete(String title, LocalDate dueOn, int total) implements Notice {}
}

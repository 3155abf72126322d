package vn.chibo.scheduler.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * When a cell meets each month: on a day of the month ({@code dayOfMonth}; a day the month lacks means its
 * last day), or on a weekday of a week of the month ({@code weekOfMonth} 1..4, -1 for the last).
 */
public record MeetingRule(Integer dayOfMonth, Integer weekOfMonth, DayOfWeek dayOfWeek) {

    public MeetingRule {
        boolean byDay = dayOfMonth != null && weekOfMonth == null && dayOfWeek == null;
        boolean byWeekday = dayOfMonth == null && weekOfMonth != null && dayOfWeek != null;
        if (!byDay && !byWeekday) {
            throw new IllegalArgumentException(
                    "A rule is a day of the month or a weekday of a week, not both or neither");
        }
        if (byDay && (dayOfMonth < 1 || dayOfMonth > 31)
                || byWeekday && (weekOfMonth == 0 || weekOfMonth < -1 || weekOfMonth > 4)) {
            throw new IllegalArgumentException("No such day in a month: " + dayOfMonth + " / " + weekOfMonth);
        }
    }

    public static MeetingRule day(int dayOfMonth) {
        return new MeetingRule(dayOfMonth, null, null);
    }

    public static MeetingRule weekday(int weekOfMonth, DayOfWeek dayOfWeek) {
        return new MeetingRule(null, weekOfMonth, dayOfWeek);
    }

    public LocalDate dateIn(YearMonth month) {
        if (dayOfMonth != null) {
            return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
        }
        LocalDate first = month.atDay(1);
        return weekOfMonth == -1
                ? first.with(TemporalAdjusters.lastInMonth(dayOfWeek))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, dayOfWeek));
    }
}

package vn.chibo.scheduler.reminder;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reminders behave ({@code chibo.reminders.*}). Nothing is sent from {@code quietFrom} to {@code quietUntil}
 * nor on {@code nonWorkingDays} and {@code holidays}: what falls there waits for the next allowed moment.
 *
 * @param sweepCron when the reminder sweep runs (Quartz cron, Asia/Ho_Chi_Minh)
 * @param meetingDaysBefore days before a meeting to remind, at {@code remindAt}; the meeting's morning always
 * @param morningOf the time of the reminder on the meeting's day
 * @param deadlineDaysBefore days before a report's due date to remind (0: on the day), at {@code remindAt}
 * @param snooze how long "Nhắc lại sau" waits
 * @param monthlyNudgeDay the day of the month from which a cell without this month's meeting is nudged
 * @param overdueEvery how often, after a due date, leaders get the overdue digest again
 * @param overdueFor how long after a due date the digest keeps coming
 */
@ConfigurationProperties("chibo.reminders")
public record ReminderSettings(
        @DefaultValue("21:00") LocalTime quietFrom,
        @DefaultValue("07:00") LocalTime quietUntil,
        @DefaultValue List<DayOfWeek> nonWorkingDays,
        @DefaultValue List<LocalDate> holidays,
        @DefaultValue("0 0/5 * * * ?") String sweepCron,
        @DefaultValue("3") List<Integer> meetingDaysBefore,
        @DefaultValue("07:00") LocalTime morningOf,
        @DefaultValue("08:00") LocalTime remindAt,
        @DefaultValue({"7", "1", "0"}) List<Integer> deadlineDaysBefore,
        @DefaultValue("2h") Duration snooze,
        @DefaultValue("25") int monthlyNudgeDay,
        @DefaultValue("7d") Duration overdueEvery,
        @DefaultValue("30d") Duration overdueFor) {

    public QuietHours quietHours() {
        return new QuietHours(quietFrom, quietUntil, nonWorkingDays, holidays);
    }
}

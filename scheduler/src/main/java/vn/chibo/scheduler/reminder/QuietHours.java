package vn.chibo.scheduler.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * When chibo may send reminders: not between {@code from} and {@code until} (a span that may cross midnight:
 * 21:00–07:00), not on non-working weekdays, not on holidays.
 */
public record QuietHours(LocalTime from, LocalTime until, List<DayOfWeek> nonWorkingDays, List<LocalDate> holidays) {

    public boolean allows(LocalDateTime moment) {
        LocalDate day = moment.toLocalDate();
        if (nonWorkingDays.contains(day.getDayOfWeek()) || holidays.contains(day)) {
            return false;
        }
        LocalTime time = moment.toLocalTime();
        boolean crossesMidnight = from.isAfter(until);
        boolean quiet = crossesMidnight
                ? !time.isBefore(from) || time.isBefore(until)
                : !time.isBefore(from) && time.isBefore(until);
        return !quiet;
    }

    /** The first moment at or after {@code moment} when sending is allowed. */
    public LocalDateTime nextAllowed(LocalDateTime moment) {
        LocalDateTime candidate = moment;
        for (int day = 0; day < 400; day++) {
            if (allows(candidate)) {
                return candidate;
            }
            LocalDateTime opening = candidate.toLocalDate().atTime(until);
            candidate = opening.isAfter(candidate) && allows(opening)
                    ? opening
                    : candidate.toLocalDate().plusDays(1).atTime(until);
        }
        throw new IllegalStateException(
                "No allowed moment within 400 days of " + moment + ": check quiet hours and holidays");
    }
}

package vn.chibo.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    final QuietHours nights = new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0), List.of(), List.of());

    @Test
    void nightsAreQuietAcrossMidnight() {
        assertThat(nights.allows(LocalDateTime.of(2026, 11, 24, 20, 59))).isTrue();
        assertThat(nights.allows(LocalDateTime.of(2026, 11, 24, 21, 0))).isFalse();
        assertThat(nights.allows(LocalDateTime.of(2026, 11, 25, 3, 0))).isFalse();
        assertThat(nights.allows(LocalDateTime.of(2026, 11, 25, 7, 0))).isTrue();
    }

    @Test
    void aReminderFallingAtNightWaitsForTheMorning() {
        assertThat(nights.nextAllowed(LocalDateTime.of(2026, 11, 24, 22, 30)))
                .isEqualTo(LocalDateTime.of(2026, 11, 25, 7, 0));
        assertThat(nights.nextAllowed(LocalDateTime.of(2026, 12, 31, 23, 0)))
                .isEqualTo(LocalDateTime.of(2027, 1, 1, 7, 0));
        assertThat(nights.nextAllowed(LocalDateTime.of(2026, 11, 25, 5, 0)))
                .isEqualTo(LocalDateTime.of(2026, 11, 25, 7, 0));
        assertThat(nights.nextAllowed(LocalDateTime.of(2026, 11, 25, 9, 15)))
                .isEqualTo(LocalDateTime.of(2026, 11, 25, 9, 15));
    }

    @Test
    void nonWorkingDaysAndHolidaysWaitForTheNextWorkingMorning() {
        var office = new QuietHours(
                LocalTime.of(21, 0),
                LocalTime.of(7, 0),
                List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                List.of(LocalDate.of(2027, 1, 1)));

        assertThat(office.allows(LocalDateTime.of(2026, 11, 28, 10, 0)))
                .as("a Saturday")
                .isFalse();
        assertThat(office.nextAllowed(LocalDateTime.of(2026, 11, 27, 22, 0)))
                .isEqualTo(LocalDateTime.of(2026, 11, 30, 7, 0));
        assertThat(office.nextAllowed(LocalDateTime.of(2026, 12, 31, 21, 30)))
                .as("New Year's Day, then a weekend")
                .isEqualTo(LocalDateTime.of(2027, 1, 4, 7, 0));
    }

    @Test
    void aDaytimeQuietSpanWorksToo() {
        var lunch = new QuietHours(LocalTime.of(11, 30), LocalTime.of(13, 30), List.of(), List.of());

        assertThat(lunch.allows(LocalDateTime.of(2026, 11, 24, 12, 0))).isFalse();
        assertThat(lunch.allows(LocalDateTime.of(2026, 11, 24, 22, 0))).isTrue();
        assertThat(lunch.nextAllowed(LocalDateTime.of(2026, 11, 24, 12, 0)))
                .isEqualTo(LocalDateTime.of(2026, 11, 24, 13, 30));
    }
}

package vn.chibo.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reminder subjects and buttons read back exactly what was built, and nothing else. */
class ReminderSubjectTest {

    @Test
    void aMeetingSubjectIsKeptToTheMinuteAndReadBack() {
        var meeting = new ReminderSubject.Meeting(7, LocalDateTime.of(2026, 12, 5, 14, 0, 42));

        assertThat(meeting.key()).isEqualTo("meet:7:2026-12-05T14:00");
        assertThat(ReminderSubject.parse(meeting.key()))
                .contains(new ReminderSubject.Meeting(7, LocalDateTime.of(2026, 12, 5, 14, 0)));
    }

    @Test
    void aReportSubjectIsReadBack() {
        var report = new ReminderSubject.Report(12, 7, LocalDate.of(2026, 12, 20));

        assertThat(report.key()).isEqualTo("dl:12:7:2026-12-20");
        assertThat(ReminderSubject.parse(report.key())).contains(report);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "meet", "meet:7", "meet:x:2026-12-05T14:00", "dl:1:2", "dl:1:2:2026-13-01", "zz:1:2"})
    void anythingElseIsNoSubject(String key) {
        assertThat(ReminderSubject.parse(key)).isEmpty();
    }

    @Test
    void buttonsCarryTheReminderAndTheirLetterAndFitTheirSubject() {
        assertThat(ReminderButton.POSTPONE.data(41).value()).isEqualTo("n:41:p");
        assertThat(ReminderButton.of("s")).contains(ReminderButton.SUBMITTED);
        assertThat(ReminderButton.of("z")).isEmpty();
        var report = new ReminderSubject.Report(1, 2, LocalDate.of(2026, 12, 20));
        var meeting = new ReminderSubject.Meeting(2, LocalDateTime.of(2026, 12, 5, 14, 0));
        assertThat(ReminderButton.SUBMITTED.fits(report)).isTrue();
        assertThat(ReminderButton.DONE.fits(report)).isFalse();
        assertThat(ReminderButton.LATER.fits(meeting)).isTrue();
        assertThat(ReminderButton.SUBMITTED.fits(meeting)).isFalse();
    }
}

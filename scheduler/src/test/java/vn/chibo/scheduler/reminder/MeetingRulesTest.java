package vn.chibo.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeetingRulesTest {

    @ParameterizedTest(name = "\"{0}\" is day {1} at {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "ngày 5 hằng tháng, 14:00   | 5  | 14:00",
                "Ngày 5 hằng tháng          | 5  | -",
                "mùng 5                     | 5  | -",
                "ngày 25 mỗi tháng lúc 8h   | 25 | 08:00",
                "ngày 31 hằng tháng 14h30   | 31 | 14:30",
                "ngày cuối tháng, 2 giờ chiều | 31 | 14:00",
                "5 hàng tháng               | 5  | -"
            })
    void readsDaysOfTheMonth(String text, int day, LocalTime time) {
        MeetingRules.Reading reading = MeetingRules.read(text).orElseThrow();

        assertThat(reading.rule()).isEqualTo(MeetingRule.day(day));
        assertThat(reading.time().orElse(null)).isEqualTo(time);
    }

    @ParameterizedTest(name = "\"{0}\" is {2} of week {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "thứ 6 tuần đầu tháng          | 1  | FRIDAY    | -",
                "Thứ sáu tuần đầu tiên         | 1  | FRIDAY    | -",
                "thứ Hai tuần thứ hai          | 2  | MONDAY    | -",
                "thứ 5 tuần thứ 3 hằng tháng, 8h | 3 | THURSDAY | 08:00",
                "chủ nhật tuần cuối tháng lúc 8h | -1 | SUNDAY  | 08:00",
                "thứ bảy tuần cuối cùng         | -1 | SATURDAY  | -"
            })
    void readsWeekdaysOfAWeek(String text, int week, DayOfWeek day, LocalTime time) {
        MeetingRules.Reading reading = MeetingRules.read(text).orElseThrow();

        assertThat(reading.rule()).isEqualTo(MeetingRule.weekday(week, day));
        assertThat(reading.time().orElse(null)).isEqualTo(time);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ngày 32 hằng tháng",
                "ngày 0",
                "thứ 8 tuần đầu",
                "thứ 6 tuần thứ năm",
                "hằng tháng",
                "ngày 5 lúc 25h",
                "khi nào rảnh"
            })
    void refusesWhatIsNotARule(String text) {
        assertThat(MeetingRules.read(text)).isEmpty();
    }

    @Test
    void aRuleFallsOnTheRightDayEvenInShortMonths() {
        assertThat(MeetingRule.day(31).dateIn(YearMonth.of(2026, 4))).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(MeetingRule.day(30).dateIn(YearMonth.of(2028, 2))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(MeetingRule.day(30).dateIn(YearMonth.of(2027, 2))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(MeetingRule.weekday(1, DayOfWeek.FRIDAY).dateIn(YearMonth.of(2026, 12)))
                .isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(MeetingRule.weekday(-1, DayOfWeek.SUNDAY).dateIn(YearMonth.of(2026, 11)))
                .isEqualTo(LocalDate.of(2026, 11, 29));
    }
}

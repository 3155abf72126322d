package vn.chibo.content.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real ways of writing a date, read on Tuesday 24/11/2026. */
class VietnameseDatesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "09/6/2022            | 2022-06-09",
                "9/6/2022             | 2022-06-09",
                "9/6                  | 2026-06-09",
                "15/12                | 2026-12-15",
                "09/06/22             | 2022-06-09",
                "9-6-2022             | 2022-06-09",
                "9.6.2022             | 2022-06-09",
                "2022-06-09           | 2022-06-09",
                "ngày 9/6/2022        | 2022-06-09",
                "Ngày 20/11           | 2026-11-20",
                "  24 / 11 / 2026     | 2026-11-24",
                "29/2/2024            | 2024-02-29",
                "hôm nay              | 2026-11-24",
                "Hôm nay              | 2026-11-24",
                "hom nay              | 2026-11-24",
                "hôm qua              | 2026-11-23",
                "HÔM QUA              | 2026-11-23",
                "bữa qua              | 2026-11-23",
                "hôm kia              | 2026-11-22",
                "ngày mai             | 2026-11-25",
                "thứ 5 tuần trước     | 2026-11-19",
                "thứ năm tuần trước   | 2026-11-19",
                "thu 5 tuan truoc     | 2026-11-19",
                "thứ 2 tuần này       | 2026-11-23",
                "thứ hai tuần trước   | 2026-11-16",
                "thứ 6 tuần rồi       | 2026-11-20",
                "thứ 5 tuần sau       | 2026-12-03",
                "thứ 7                | 2026-11-21",
                "thứ 3                | 2026-11-24",
                "chủ nhật tuần trước  | 2026-11-22",
                "CN tuần trước        | 2026-11-22",
                "chủ nhật             | 2026-11-22",
                "thứ5 tuần trước      | 2026-11-19",
                "T5 tuần trước        | 2026-11-19",
                "t6 tuần này          | 2026-11-27",
                "T7                   | 2026-11-21",
                "sáng nay             | 2026-11-24",
                "chiều qua            | 2026-11-23",
                "tối hôm qua          | 2026-11-23",
                "trưa hôm kia         | 2026-11-22",
                "ngày 9 tháng 6 năm 2022 | 2022-06-09",
                "9 tháng 6            | 2026-06-09",
                "Ngày 20 tháng 11     | 2026-11-20",
                "mùng 9/6             | 2026-06-09",
                "mùng 2 tháng 9       | 2026-09-02",
                "20/11/2026 (thứ 6)   | 2026-11-20",
                "20/11/2026 (T6)      | 2026-11-20",
                "20/11/2026 - thứ sáu | 2026-11-20",
            })
    void readsTheWaysPeopleWriteADate(String text, LocalDate expected) {
        DateReading reading = VietnameseDates.date(text, TODAY);

        assertThat(reading.ok()).as(text).isTrue();
        assertThat(reading.date()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is no such day")
    @CsvSource({"31/4/2026", "29/2/2025", "0/5/2026", "32/1/2026", "15/13/2026", "31/11"})
    void refusesDaysThatDoNotExist(String text) {
        assertThat(VietnameseDates.date(text, TODAY).problem()).isEqualTo(DateReading.Problem.NO_SUCH_DAY);
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @CsvSource({"sáng nay họp", "abc", "thứ 8", "12", "tuần trước", "'1/2/3/4'"})
    void saysWhenTextIsNotADate(String text) {
        assertThat(VietnameseDates.date(text, TODAY).problem()).isEqualTo(DateReading.Problem.NOT_A_DATE);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "14h          | 14:00",
                "14h30        | 14:30",
                "14:30        | 14:30",
                "14 giờ       | 14:00",
                "14 giờ 30    | 14:30",
                "7g30         | 07:30",
                "2 giờ chiều  | 14:00",
                "2h chiều     | 14:00",
                "8h sáng      | 08:00",
                "7h30 tối     | 19:30",
                "12h trưa     | 12:00",
                "14.30        | 14:30",
                "14H30        | 14:30",
                "14h30'       | 14:30",
                "14h30p       | 14:30",
                "14 giờ 30 phút | 14:30",
                "7 rưỡi       | 07:30",
                "7h rưỡi tối  | 19:30",
                "2 giờ rưỡi chiều | 14:30",
                "8 giờ kém 15 | 07:45",
                "8h kém 10 tối | 19:50",
                "9 giờ kém 15 phút | 08:45",
                "chiều | 14:00",
                "buổi sáng | 07:30",
                "Chiều nay | 14:00",
                "tối qua | 19:30",
            })
    void readsTheWaysPeopleWriteATime(String text, LocalTime expected) {
        assertThat(VietnameseDates.time(text)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1} to {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "14h - 16h30 | 14:00 | 16:30",
                "14h-16h30 | 14:00 | 16:30",
                "14h – 16h30 | 14:00 | 16:30",
                "14h đến 16h30 | 14:00 | 16:30",
                "14 giờ tới 16 giờ 30 | 14:00 | 16:30",
                "8h - 11h sáng | 08:00 | 11:00",
                "2 - 4 giờ chiều | 14:00 | 16:00",
                "7h30 - 9h30 tối | 19:30 | 21:30",
                "14:00 - 16:00 | 14:00 | 16:00",
            })
    void readsAStartAndAnEndTypedAtOnce(String text, LocalTime start, LocalTime end) {
        assertThat(VietnameseDates.timeRange(text)).contains(new VietnameseDates.TimeRange(start, end));
    }

    @ParameterizedTest(name = "\"{0}\" is not a range")
    @CsvSource({"14h", "16h - 14h", "14h -", "- 16h", "14h - abc", "7h tối"})
    void refusesWhatIsNotARange(String text) {
        assertThat(VietnameseDates.timeRange(text)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is not a time")
    @CsvSource({"25h", "14h75", "chiều mai", "abc", "14", "8 giờ kém 60", "0 giờ kém 15", "rưỡi"})
    void refusesWhatIsNotATime(String text) {
        assertThat(VietnameseDates.time(text)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" typed on {1} is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "30/12       | 2027-01-05 | 2026-12-30",
                "30/12       | 2026-11-24 | 2026-12-30",
                "ngày 15 tháng 12 | 2027-01-05 | 2026-12-15",
                "6/1         | 2027-01-05 | 2027-01-06",
                "9/6         | 2026-11-24 | 2026-06-09",
                "30/12/2027  | 2027-01-05 | 2027-12-30",
                "hôm qua     | 2027-01-01 | 2026-12-31",
            })
    /** Only a day more than half a year ahead moves back: one a month ahead stays, and the form refuses it as to come. */
    void aDayTypedWithoutItsYearThatHasComeIsLastYearsWhenThisYearsIsFarAhead(
            String text, LocalDate today, LocalDate expected) {
        assertThat(VietnameseDates.past(text, today).date()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void upcomingDatesLookForward() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 24); // a Tuesday
        org.assertj.core.api.Assertions.assertThat(
                        VietnameseDates.upcoming("15/1", today).date())
                .isEqualTo(java.time.LocalDate.of(2027, 1, 15));
        org.assertj.core.api.Assertions.assertThat(
                        VietnameseDates.upcoming("15/12", today).date())
                .isEqualTo(java.time.LocalDate.of(2026, 12, 15));
        org.assertj.core.api.Assertions.assertThat(
                        VietnameseDates.upcoming("thứ 2", today).date())
                .isEqualTo(java.time.LocalDate.of(2026, 11, 30));
        org.assertj.core.api.Assertions.assertThat(
                        VietnameseDates.upcoming("thứ 5", today).date())
                .isEqualTo(java.time.LocalDate.of(2026, 11, 26));
        org.assertj.core.api.Assertions.assertThat(
                        VietnameseDates.upcoming("1/11/2026", today).date())
                .as("a year said is kept")
                .isEqualTo(java.time.LocalDate.of(2026, 11, 1));
        org.assertj.core.api.Assertions.assertThat(VietnameseDates.upcoming("29/2", java.time.LocalDate.of(2027, 3, 1))
                        .date())
                .isEqualTo(java.time.LocalDate.of(2028, 2, 29));
    }

    @Test
    void twoDaysTypedAsOneRangeAreSplitAndOneDayIsNot() {
        assertThat(VietnameseDates.twoDays("từ 1/3 đến 15/6/2026")).hasValue(java.util.List.of("1/3", "15/6/2026"));
        assertThat(VietnameseDates.twoDays("Từ ngày 1/3 tới ngày 15/6")).hasValue(java.util.List.of("1/3", "15/6"));
        assertThat(VietnameseDates.twoDays("1/3 - 15/6")).hasValue(java.util.List.of("1/3", "15/6"));
        assertThat(VietnameseDates.twoDays("tu 1/3 den hom nay")).hasValue(java.util.List.of("1/3", "hom nay"));
        assertThat(VietnameseDates.twoDays("2026-03-01"))
                .as("an ISO date is one day")
                .isEmpty();
        assertThat(VietnameseDates.twoDays("15/6/2026")).isEmpty();
    }
}

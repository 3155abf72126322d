package vn.chibo.content.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest(name = "\"{0}\" is {1} to {2}, \"{3}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "2023                    | 2023-01-01 | 2023-12-31 | năm 2023",
                "năm 2023                | 2023-01-01 | 2023-12-31 | năm 2023",
                "2021–2023               | 2021-01-01 | 2023-12-31 | 2021–2023",
                "2021-2023               | 2021-01-01 | 2023-12-31 | 2021–2023",
                "giai đoạn 2021 - 2023   | 2021-01-01 | 2023-12-31 | 2021–2023",
                "Giai đoạn 2020—2025     | 2020-01-01 | 2025-12-31 | 2020–2025",
                "từ 2021 đến 2023        | 2021-01-01 | 2023-12-31 | 2021–2023",
                "6/2021 - 2/2024         | 2021-06-01 | 2024-02-29 | 6/2021–2/2024",
                "1/1/2021 – 31/12/2023   | 2021-01-01 | 2023-12-31 | 1/1/2021–31/12/2023",
                "2026                    | 2026-01-01 | 2026-12-31 | năm 2026"
            })
    void readsThePeriodsPeopleWrite(String text, LocalDate from, LocalDate to, String label) {
        Periods.Reading reading = Periods.read(text, TODAY);

        assertThat(reading.period()).isEqualTo(new Commendation.Period(from, to, label));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2023–2021          | ENDS_BEFORE_IT_STARTS",
                "12/2023 - 3/2023   | ENDS_BEFORE_IT_STARTS",
                "31/4/2023 - 2024   | NO_SUCH_DAY",
                "13/2023            | NO_SUCH_DAY",
                "1925-1929          | BEFORE_THE_PARTY",
                "2027               | NOT_YET_BEGUN",
                "mấy năm gần đây    | NOT_A_PERIOD",
                "20233              | NOT_A_PERIOD"
            })
    void saysWhatIsWrong(String text, Periods.Problem problem) {
        assertThat(Periods.read(text, TODAY).problem()).isEqualTo(problem);
    }

    @Test
    void findsThePeriodInsideAnAchievement() {
        assertThat(Periods.findIn(
                        "Thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2021–2023",
                        TODAY))
                .contains(new Commendation.Period(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31), "2021–2023"));
        assertThat(Periods.findIn("hoàn thành xuất sắc nhiệm vụ năm 2025", TODAY))
                .map(Commendation.Period::label)
                .contains("năm 2025");
        assertThat(Periods.findIn("hoàn thành xuất sắc nhiệm vụ", TODAY)).isEmpty();
    }
}

package vn.chibo.content.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Periods as buttons carry them, and a range of days chosen by a person. */
class PeriodTest {

    @Test
    void everyKindGoesThroughItsCodeAndBack() {
        for (Period p : new Period[] {
            Period.month(YearMonth.of(2026, 11)),
            Period.quarterOf(LocalDate.of(2026, 8, 1)),
            Period.half(2026, 2),
            Period.year(2026),
            Period.range(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 15))
        }) {
            assertThat(Period.parse(p.code())).hasValue(p);
        }
        assertThat(Period.range(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 15))
                        .code())
                .isEqualTo("r20260301-20260615");
    }

    @Test
    void aRangeRunsFromItsFirstToItsLastDayAndCountsTheMonthsItTouches() {
        Period range = Period.range(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 5, 20));

        assertThat(range.from()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(range.to()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(range.year()).isEqualTo(2026);
        assertThat(range.monthsBegunBy(LocalDate.of(2026, 4, 2)))
                .containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        assertThat(range.quartersBegunBy(LocalDate.of(2026, 12, 1))).containsExactly("2026-1", "2026-2");
    }

    @Test
    void aRangeBackwardsOrLongerThanAYearIsNoPeriod() {
        assertThatThrownBy(() -> Period.range(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Period.range(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
                        .to())
                .as("a leap year whole")
                .isEqualTo(LocalDate.of(2024, 12, 31));
        assertThatThrownBy(() -> Period.range(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Period.parse("r20260302-20260301")).isEmpty();
        assertThat(Period.parse("r20261301-20261302")).as("no 13th month").isEmpty();
        assertThat(Period.parse("r2026-03-01")).isEmpty();
    }
}

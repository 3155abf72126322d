package vn.chibo.content.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.chibo.content.org.MemberStatus;

class AbsenceWatchTest {

    static final YearMonth NOV = YearMonth.of(2026, 11);

    @Test
    void flagsASecondUnexcusedMonthWithinTwelve() {
        var history = Map.of(1L, Set.of(YearMonth.of(2026, 3)));
        var now = List.of(new Attendance(1, "Hồ Văn Sáu", MemberStatus.OFFICIAL, Presence.ABSENT_UNEXCUSED));

        var flags = AbsenceWatch.check(history, now, NOV);

        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.months()).containsExactlyInAnyOrder(YearMonth.of(2026, 3), NOV);
            assertThat(f.atRemoval()).isFalse();
        });
    }

    @Test
    void forgetsAbsencesOlderThanTwelveMonths() {
        var history = Map.of(1L, Set.of(YearMonth.of(2025, 11)));
        var now = List.of(new Attendance(1, "Hồ Văn Sáu", MemberStatus.OFFICIAL, Presence.ABSENT_UNEXCUSED));

        assertThat(AbsenceWatch.check(history, now, NOV)).isEmpty();
        assertThat(AbsenceWatch.check(Map.of(1L, Set.of(YearMonth.of(2025, 12))), now, NOV))
                .hasSize(1);
    }

    @Test
    void anExcusedAbsenceOrPresenceRaisesNothing() {
        var history = Map.of(1L, Set.of(YearMonth.of(2026, 3), YearMonth.of(2026, 5)));

        assertThat(AbsenceWatch.check(
                        history, List.of(new Attendance(1, "A", MemberStatus.OFFICIAL, Presence.ABSENT_EXCUSED)), NOV))
                .isEmpty();
        assertThat(AbsenceWatch.check(
                        history, List.of(new Attendance(1, "A", MemberStatus.OFFICIAL, Presence.PRESENT)), NOV))
                .isEmpty();
    }

    @Test
    void saysWhenTheThirdMonthIsReached() {
        var history = Map.of(1L, Set.of(YearMonth.of(2026, 3), YearMonth.of(2026, 7)));
        var now = List.of(new Attendance(1, "Hồ Văn Sáu", MemberStatus.OFFICIAL, Presence.ABSENT_UNEXCUSED));

        assertThat(AbsenceWatch.check(history, now, NOV).get(0).atRemoval()).isTrue();
    }
}

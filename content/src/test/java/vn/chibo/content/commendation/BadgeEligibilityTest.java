package vn.chibo.content.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;

class BadgeEligibilityTest {

    static Member joined(String name, LocalDate day) {
        return new Member(1, 7, name, MemberStatus.OFFICIAL, day);
    }

    @Test
    void aMemberWhoHasHeldTheYearsByTheDateIsEligible() {
        var an = joined("Nguyễn Văn An", LocalDate.of(1996, 11, 7));

        assertThat(BadgeEligibility.check(List.of(an), 30, LocalDate.of(2026, 11, 7)))
                .isEmpty();
    }

    @Test
    void aMemberADayShortMayHaveItEarlyAndTheRuleSaysWhenTheyReachIt() {
        var binh = joined("Trần Thị Bình", LocalDate.of(1996, 11, 8));

        assertThat(BadgeEligibility.check(List.of(binh), 30, LocalDate.of(2026, 11, 7)))
                .as("an early award (the seriously ill, posthumously) is warned, not refused")
                .isEmpty();
        assertThat(BadgeEligibility.early(List.of(binh), 30, LocalDate.of(2026, 11, 7)))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.member()).isEqualTo(binh);
                    assertThat(t.yearsHeld()).isEqualTo(29);
                    assertThat(t.reachesOn()).isEqualTo(LocalDate.of(2026, 11, 8));
                });
    }

    @Test
    void theEarlyWindowIsTwelveMonthsUpToSixtyFiveYearsAndTwentyFourFromSeventy() {
        var joined1956 = joined("Lê Văn Tư", LocalDate.of(1956, 12, 1));

        assertThat(BadgeEligibility.check(List.of(joined1956), 70, LocalDate.of(2025, 12, 1)))
                .as("a year early for 70 years: within 24 months")
                .isEmpty();
        assertThat(BadgeEligibility.check(List.of(joined1956), 70, LocalDate.of(2024, 11, 30)))
                .as("more than 24 months early")
                .isPresent();
        assertThat(BadgeEligibility.check(List.of(joined1956), 65, LocalDate.of(2020, 11, 30)))
                .as("more than 12 months early for 65 years")
                .isPresent();
        assertThat(BadgeEligibility.check(List.of(joined1956), 65, LocalDate.of(2020, 12, 1)))
                .as("12 months early for 65 years")
                .isEmpty();
    }

    @Test
    void aMemberWithoutAJoinDateCannotBeCheckedAndIsNotRefused() {
        assertThat(BadgeEligibility.check(List.of(joined("Lê Văn Cường", null)), 50, LocalDate.of(2026, 1, 1)))
                .isEmpty();
    }
}

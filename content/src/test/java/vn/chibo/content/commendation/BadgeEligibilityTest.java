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
    void aMemberADayShortIsNotAndTheRuleSaysWhenTheyWillBe() {
        var binh = joined("Trần Thị Bình", LocalDate.of(1996, 11, 8));

        var tooYoung = BadgeEligibility.check(List.of(binh), 30, LocalDate.of(2026, 11, 7));

        assertThat(tooYoung).hasValueSatisfying(t -> {
            assertThat(t.member()).isEqualTo(binh);
            assertThat(t.yearsHeld()).isEqualTo(29);
            assertThat(t.reachesOn()).isEqualTo(LocalDate.of(2026, 11, 8));
        });
    }

    @Test
    void aMemberWithoutAJoinDateCannotBeCheckedAndIsNotRefused() {
        assertThat(BadgeEligibility.check(List.of(joined("Lê Văn Cường", null)), 50, LocalDate.of(2026, 1, 1)))
                .isEmpty();
    }
}

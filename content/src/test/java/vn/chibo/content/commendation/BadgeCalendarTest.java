package vn.chibo.content.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;

class BadgeCalendarTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static Member joined(long id, String name, LocalDate date) {
        return new Member(id, 1, name, MemberStatus.OFFICIAL, date);
    }

    @Test
    void theNextAwardDatesFollowToday() {
        assertThat(BadgeCalendar.nextAwardDates(TODAY, 4))
                .containsExactly(
                        LocalDate.of(2027, 2, 3),
                        LocalDate.of(2027, 5, 19),
                        LocalDate.of(2027, 9, 2),
                        LocalDate.of(2027, 11, 7));
        assertThat(BadgeCalendar.nextAwardDates(LocalDate.of(2027, 2, 3), 1))
                .containsExactly(LocalDate.of(2027, 5, 19));
    }

    @Test
    void eachMemberIsDueAtTheFirstAwardDateOnOrAfterReachingTheYears() {
        Member lan = joined(1, "Vũ Thị Lan", LocalDate.of(1997, 1, 10)); // 30 years on 10/1/2027 -> 3/2/2027
        Member binh = joined(2, "Trần Văn Bình", LocalDate.of(1987, 2, 3)); // 40 years on 3/2/2027 exactly -> 3/2/2027
        Member cuong = joined(3, "Lê Văn Cường", LocalDate.of(1982, 2, 4)); // 45 years on 4/2/2027 -> 19/5/2027
        Member dung = joined(4, "Phạm Thị Dung", LocalDate.of(1977, 11, 7)); // 50 years on 7/11/2027 -> 7/11/2027
        Member eight = joined(5, "Ngô Văn Tám", LocalDate.of(2000, 5, 1)); // 27 years: nothing
        Member unknown = joined(6, "Hồ Văn Sáu", null);

        List<BadgeCalendar.Occasion> occasions =
                BadgeCalendar.upcoming(List.of(lan, binh, cuong, dung, eight, unknown), Map.of(), TODAY, 4);

        assertThat(occasions)
                .extracting(BadgeCalendar.Occasion::awardDate)
                .containsExactly(
                        LocalDate.of(2027, 2, 3),
                        LocalDate.of(2027, 5, 19),
                        LocalDate.of(2027, 9, 2),
                        LocalDate.of(2027, 11, 7));
        assertThat(occasions.get(0).due())
                .extracting(d -> d.member().fullName() + " " + d.years())
                .containsExactly("Trần Văn Bình 40", "Vũ Thị Lan 30");
        assertThat(occasions.get(1).due())
                .extracting(d -> d.member().fullName() + " " + d.years())
                .containsExactly("Lê Văn Cường 45");
        assertThat(occasions.get(2).due()).isEmpty();
        assertThat(occasions.get(3).due())
                .extracting(d -> d.member().fullName() + " " + d.years())
                .containsExactly("Phạm Thị Dung 50");
    }

    @Test
    void aBadgeAlreadyRecordedIsNotDueAgain() {
        Member lan = joined(1, "Vũ Thị Lan", LocalDate.of(1997, 1, 10));

        assertThat(BadgeCalendar.upcoming(List.of(lan), Map.of(1L, Set.of(30)), TODAY, 1)
                        .get(0)
                        .due())
                .isEmpty();
    }

    @Test
    void aLeapDayJoinerReachesTheYearsOnTheLastDayOfFebruary() {
        Member leap = joined(1, "Đỗ Văn Nhuận", LocalDate.of(1996, 2, 29)); // 30 years on 28/2/2026: due 19/5/2026

        assertThat(BadgeCalendar.upcoming(List.of(leap), Map.of(), LocalDate.of(2026, 3, 1), 1)
                        .get(0)
                        .due())
                .extracting(BadgeCalendar.Due::reachedOn)
                .containsExactly(LocalDate.of(2026, 2, 28));
    }

    @Test
    void membershipYearsAreWholeYears() {
        assertThat(BadgeCalendar.membershipYears(LocalDate.of(1986, 11, 25), TODAY))
                .isEqualTo(39);
        assertThat(BadgeCalendar.membershipYears(LocalDate.of(1986, 11, 24), TODAY))
                .isEqualTo(40);
        assertThat(BadgeCalendar.membershipYears(null, TODAY)).isEqualTo(-1);
    }

    @Test
    void aMemberWhoDiedIsProposedForTheHighestBadgeReachedOrWithinTwelveMonthsAboveWhatTheyHeld() {
        LocalDate died = LocalDate.of(2026, 8, 15);
        var short11Months = departed(joined(1, "Vũ Văn Một", LocalDate.of(1986, 7, 15)), died); // 40 on 15/7/2026
        var within = departed(joined(2, "Lê Thị Hai", LocalDate.of(1976, 8, 1)), died); // 50 on 1/8/2027: 11.5 months
        var tooFar = departed(joined(3, "Đỗ Văn Ba", LocalDate.of(1997, 9, 1)), died); // 30 on 1/9/2027: 12.5 months
        var awarded = departed(joined(4, "Hồ Văn Bốn", LocalDate.of(1980, 1, 1)), died); // 46 years, 45 held
        var unknown = departed(joined(5, "Ngô Văn Năm", null), died);

        var due = BadgeCalendar.posthumous(
                List.of(short11Months, within, tooFar, awarded, unknown), Map.of(4L, Set.of(30, 40, 45)));

        assertThat(due)
                .extracting(p -> p.member().fullName() + " " + p.years())
                .containsExactly("Vũ Văn Một 40", "Lê Thị Hai 50");
        assertThat(due.get(0).diedOn()).isEqualTo(died);
        assertThat(BadgeCalendar.posthumous(List.of(within), Map.of(2L, Set.of(50))))
                .as("once recorded, no longer proposed")
                .isEmpty();
    }

    static vn.chibo.content.org.MemberEvents.Departed departed(Member member, LocalDate on) {
        return new vn.chibo.content.org.MemberEvents.Departed(member, vn.chibo.content.org.LifeEvent.DIED, on);
    }
}

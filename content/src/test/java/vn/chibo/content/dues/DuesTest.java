package vn.chibo.content.dues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

@SpringBootTest
@Transactional
class DuesTest {

    @Autowired
    Dues dues;

    @Autowired
    Members members;

    @Autowired
    OrgUnits units;

    OrgUnit cell;
    Member an;
    Member binh;
    Member cuong;

    @BeforeEach
    void aCellOfThree() {
        OrgUnit committee = units.add(null, OrgKind.COMMITTEE, "Đảng ủy", "ĐU");
        cell = units.add(committee.id(), OrgKind.CELL, "Chi bộ 1", "CB1");
        an = members.add(cell, "Nguyễn Văn An", MemberStatus.OFFICIAL, null);
        binh = members.add(cell, "Trần Thị Bình", MemberStatus.OFFICIAL, null);
        cuong = members.add(cell, "Lê Văn Cường", MemberStatus.OFFICIAL, null);
    }

    @Test
    void aMonthIsAllPaidExceptThoseNamedAndEnteringItAgainReplacesIt() {
        YearMonth november = YearMonth.of(2026, 11);
        dues.record(cell.id(), november, Set.of(binh.id(), cuong.id()), Channel.CASH, 1L);
        dues.record(cell.id(), november, Set.of(binh.id()), Channel.ONLINE, 1L);

        assertThat(dues.month(cell.id(), november))
                .isEqualTo(new MonthOfDues(november, 2, 3, List.of("Trần Thị Bình")));
        assertThat(dues.unpaidIn(cell.id(), november)).containsExactly(binh.id());
        assertThat(dues.month(cell.id(), november.minusMonths(1)).entered()).isFalse();
        assertThat(dues.lastEntered(cell.id(), YearMonth.of(2026, 12))).contains(november);
        assertThat(dues.lastEntered(cell.id(), YearMonth.of(2026, 10))).isEmpty();
    }

    @Test
    void membersUnpaidInTwoMonthsOrMoreAreNamedWithTheirCount() {
        for (int m = 8; m <= 11; m++) {
            Set<Long> unpaid = m >= 10 ? Set.of(binh.id(), cuong.id()) : Set.of(cuong.id());
            dues.record(cell.id(), YearMonth.of(2026, m), unpaid, Channel.CASH, 1L);
        }

        assertThat(dues.membersWithUnpaidMonths(LocalDate.of(2025, 12, 1), 2).get(cell.id()))
                .containsExactly(new Dues.Behind("Lê Văn Cường", 4), new Dues.Behind("Trần Thị Bình", 2));
        assertThat(dues.membersWithUnpaidMonths(LocalDate.of(2026, 10, 15), 2).get(cell.id()))
                .as("counted from the month of the start")
                .hasSize(2);
        assertThat(dues.unpaidMonthsOf(an.id(), LocalDate.of(2025, 12, 1))).isZero();
        members.remove(cuong);
        assertThat(dues.membersWithUnpaidMonths(LocalDate.of(2025, 12, 1), 2).get(cell.id()))
                .as("a member taken off the list is not warned of")
                .containsExactly(new Dues.Behind("Trần Thị Bình", 2));
    }
}

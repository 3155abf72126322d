package vn.chibo.content.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class OrgUnitsTest {

    @Autowired
    OrgUnits units;

    @Autowired
    Members members;

    @Test
    void subtreeMembershipFollowsTheTreeAtAnyDepth() {
        OrgUnit top = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Khối", "ĐB Khối");
        OrgUnit grassroots = units.add(top.id(), OrgKind.COMMITTEE, "Đảng bộ cơ sở A", "ĐBCS A");
        OrgUnit cell = units.add(grassroots.id(), OrgKind.CELL, "Chi bộ Phòng 1", "CB P1");
        OrgUnit otherTop = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Tỉnh", "ĐB Tỉnh");

        assertThat(cell.path()).isEqualTo("/" + top.id() + "/" + grassroots.id() + "/" + cell.id() + "/");
        assertThat(cell.isWithin(top)).isTrue();
        assertThat(cell.isWithin(grassroots)).isTrue();
        assertThat(cell.isWithin(otherTop)).isFalse();
        assertThat(units.get(cell.id())).isEqualTo(cell);
    }

    @Test
    void idsThatSharePrefixDigitsAreNotMistakenForAncestors() {
        OrgUnit first = units.add(null, OrgKind.COMMITTEE, "Một", "1");
        OrgUnit cell = units.add(first.id(), OrgKind.CELL, "Chi bộ", "CB");
        OrgUnit lookalike =
                new OrgUnit(first.id() * 10 + 1, null, OrgKind.COMMITTEE, "x", "x", "/" + first.id() + "1/");

        assertThat(cell.isWithin(lookalike)).isFalse();
    }

    @Test
    void countsOnlyCellsInsideTheCommittee() {
        OrgUnit top = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Khối", "ĐB Khối");
        OrgUnit sub = units.add(top.id(), OrgKind.COMMITTEE, "Đảng bộ cơ sở B", "ĐBCS B");
        units.add(sub.id(), OrgKind.CELL, "Chi bộ 1", "CB1");
        units.add(sub.id(), OrgKind.CELL, "Chi bộ 2", "CB2");
        units.add(top.id(), OrgKind.CELL, "Chi bộ cơ quan", "CBCQ");
        units.add(null, OrgKind.CELL, "Chi bộ ngoài", "CBN");

        assertThat(units.countCellsWithin(top)).isEqualTo(3);
        assertThat(units.countCellsWithin(sub)).isEqualTo(2);
        assertThat(units.children(sub.id())).extracting(OrgUnit::shortName).containsExactly("CB1", "CB2");
    }

    @Test
    void membersBelongToCellsOnly() {
        OrgUnit top = units.add(null, OrgKind.COMMITTEE, "Đảng bộ", "ĐB");
        OrgUnit cell = units.add(top.id(), OrgKind.CELL, "Chi bộ", "CB");

        Member member = members.add(cell, "Nguyễn Thị Hằng", MemberStatus.PROBATIONARY, LocalDate.of(2024, 5, 19));

        assertThat(members.ofCell(cell.id())).containsExactly(member);
        assertThatThrownBy(() -> members.add(top, "Lê Văn Tám", MemberStatus.OFFICIAL, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

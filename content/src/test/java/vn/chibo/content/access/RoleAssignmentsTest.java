package vn.chibo.content.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

@SpringBootTest
@Transactional
class RoleAssignmentsTest {

    static final long BINH = 5001;
    static final long AN = 5002;

    @Autowired
    OrgUnits units;

    @Autowired
    RoleAssignments roles;

    @Test
    void actsInTheFirstRoleUntilAnotherIsPicked() {
        OrgUnit committee = units.add(null, OrgKind.COMMITTEE, "Đảng ủy", "ĐU");
        OrgUnit cell = units.add(committee.id(), OrgKind.CELL, "Chi bộ 2", "CB2");
        RoleAssignment leader = roles.assign(committee, Role.LEADER, "Trần Thị Bình", BINH);
        RoleAssignment secretary = roles.assign(cell, Role.SECRETARY, "Trần Thị Bình", BINH);

        assertThat(roles.actingRole(BINH)).contains(leader);

        roles.actIn(BINH, secretary.id());

        assertThat(roles.actingRole(BINH)).contains(secretary);
        assertThat(roles.heldBy(BINH)).containsExactly(leader, secretary);
    }

    @Test
    void servesACellWhileHoldingItsRoleWhicheverRoleIsActedIn() {
        OrgUnit committee = units.add(null, OrgKind.COMMITTEE, "Đảng ủy", "ĐU");
        OrgUnit cell = units.add(committee.id(), OrgKind.CELL, "Chi bộ 3", "CB3");
        OrgUnit other = units.add(committee.id(), OrgKind.CELL, "Chi bộ 4", "CB4");
        roles.assign(committee, Role.LEADER, "Trần Thị Bình", BINH);
        RoleAssignment secretary = roles.assign(cell, Role.SECRETARY, "Trần Thị Bình", BINH);

        assertThat(roles.servesCell(BINH, cell.id())).as("acting as the leader").isTrue();
        assertThat(roles.servesCell(BINH, other.id())).isFalse();
        assertThat(roles.servesCell(BINH, committee.id()))
                .as("a committee is no cell")
                .isFalse();
        roles.remove(secretary.id());
        assertThat(roles.servesCell(BINH, cell.id())).isFalse();
    }

    @Test
    void refusesToActInSomeoneElsesRole() {
        OrgUnit committee = units.add(null, OrgKind.COMMITTEE, "Đảng ủy", "ĐU");
        OrgUnit cell = units.add(committee.id(), OrgKind.CELL, "Chi bộ 1", "CB1");
        RoleAssignment ansRole = roles.assign(cell, Role.SECRETARY, "Nguyễn Văn An", AN);

        assertThatThrownBy(() -> roles.actIn(BINH, ansRole.id())).isInstanceOf(NotYourRoleException.class);
        assertThat(roles.actingRole(BINH)).isEmpty();
    }

    @Test
    void cellRolesAreHeldForCellsAndCommitteeRolesForCommittees() {
        OrgUnit committee = units.add(null, OrgKind.COMMITTEE, "Đảng ủy", "ĐU");
        OrgUnit cell = units.add(committee.id(), OrgKind.CELL, "Chi bộ 1", "CB1");

        assertThatThrownBy(() -> roles.assign(committee, Role.SECRETARY, "A", AN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> roles.assign(cell, Role.LEADER, "B", BINH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

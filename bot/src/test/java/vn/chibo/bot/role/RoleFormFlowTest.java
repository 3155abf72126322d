package vn.chibo.bot.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.bot.chat.RoleLabels;
import vn.chibo.bot.chat.form.FlowTester;
import vn.chibo.bot.chat.form.TestTexts;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;

/** /vaitro as someone who leads a committee and is the secretary of one of its cells picks a role. */
class RoleFormFlowTest {

    static final OrgUnit COMMITTEE = new OrgUnit(1, null, OrgKind.COMMITTEE, "Đảng bộ Sở Tư pháp", "ĐB STP", "/1/");
    static final OrgUnit CELL = new OrgUnit(7, 1L, OrgKind.CELL, "Chi bộ Văn phòng", "CB VP", "/1/7/");
    static final RoleAssignment LEADER = new RoleAssignment(3, Role.LEADER, COMMITTEE, "Trần Thị Bình", 1002L);
    static final RoleAssignment SECRETARY = new RoleAssignment(5, Role.SECRETARY, CELL, "Trần Thị Bình", 1002L);
    static final Actor BINH = new Actor(1002, "Bình", LEADER, false);

    final Texts texts = TestTexts.real();
    final RoleAssignments roles = mock(RoleAssignments.class);
    final RoleForm form = new RoleForm(texts, roles, new RoleLabels(texts));

    @BeforeEach
    void binhHoldsTwoRoles() {
        when(roles.heldBy(1002)).thenReturn(List.of(LEADER, SECRETARY));
    }

    @Test
    void theRoleActedInNowIsTickedAndPickingAnotherSwitchesAtOnce() {
        var flow = FlowTester.open(form, BINH);

        assertThat(flow.text()).isEqualTo("Đồng chí muốn làm việc với vai trò nào?");
        assertThat(flow.buttons()).containsExactly("✓ Lãnh đạo ĐB STP", "Bí thư CB VP", "✖ Hủy");
        when(roles.holds(1002, 5)).thenReturn(true);
        when(roles.actIn(1002, 5)).thenReturn(SECRETARY);
        assertThat(flow.taps("Bí thư CB VP").saved()).hasValueSatisfying(a -> {
            var saved = form.save(a, BINH, 1002);
            assertThat(saved.text()).isEqualTo("Đồng chí đang làm việc với vai trò: Bí thư Chi bộ Văn phòng.");
            assertThat(saved.toast()).isEqualTo("Đã đổi vai trò");
        });
    }

    @Test
    void aRoleTakenAwayMeanwhileIsRefused() {
        var flow = FlowTester.open(form, BINH).taps("Bí thư CB VP");
        when(roles.holds(1002, 5)).thenReturn(false);

        assertThat(flow.saved()).hasValueSatisfying(a -> {
            var saved = form.save(a, BINH, 1002);
            assertThat(saved.done()).isFalse();
            assertThat(saved.text()).isEqualTo("Đồng chí không có quyền thực hiện thao tác này.");
        });
        verify(roles, never()).actIn(1002, 5);
    }
}

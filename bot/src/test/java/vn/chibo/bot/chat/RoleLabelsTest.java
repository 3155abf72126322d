package vn.chibo.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chibo.bot.chat.form.TestTexts;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;

/** Roles read as a committee office writes them. */
class RoleLabelsTest {

    static final OrgUnit COMMITTEE = new OrgUnit(1, null, OrgKind.COMMITTEE, "Đảng bộ Sở Tư pháp", "ĐB STP", "/1/");
    static final OrgUnit CELL = new OrgUnit(2, 1L, OrgKind.CELL, "Chi bộ Văn phòng", "CB VP", "/1/2/");

    final RoleLabels labels = new RoleLabels(TestTexts.real());

    @Test
    void anOfficeServesTheCommitteeNotTheWholeDangBo() {
        RoleAssignment office = new RoleAssignment(4, Role.OFFICE, COMMITTEE, "Lê Thu Trang", 1004L);

        assertThat(labels.of(office)).isEqualTo("Văn phòng Đảng ủy Sở Tư pháp");
        assertThat(labels.shortOf(office)).isEqualTo("Văn phòng ĐU STP");
    }

    @Test
    void otherRolesKeepTheUnitsName() {
        assertThat(labels.of(new RoleAssignment(3, Role.LEADER, COMMITTEE, "Trần Thị Bình", 1002L)))
                .isEqualTo("Lãnh đạo Đảng bộ Sở Tư pháp");
        assertThat(labels.of(new RoleAssignment(1, Role.SECRETARY, CELL, "Nguyễn Văn An", 1001L)))
                .isEqualTo("Bí thư Chi bộ Văn phòng");
    }
}

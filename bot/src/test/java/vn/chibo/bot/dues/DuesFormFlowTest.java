package vn.chibo.bot.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.bot.chat.form.FlowTester;
import vn.chibo.bot.chat.form.TestTexts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.dues.Channel;
import vn.chibo.content.dues.Dues;
import vn.chibo.content.dues.MonthOfDues;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;

/** /dangphi as a secretary taps it: a month, those who have not paid, how the others paid. */
class DuesFormFlowTest {

    static final Clock TUESDAY_1_DECEMBER =
            Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    static final OrgUnit CELL = new OrgUnit(7, 1L, OrgKind.CELL, "Chi bộ Văn phòng", "CB Văn phòng", "/1/7/");
    static final Actor SECRETARY =
            new Actor(1001, "An", new RoleAssignment(1, Role.SECRETARY, CELL, "Nguyễn Văn An", 1001L), false);

    final Members members = mock(Members.class);
    final Dues dues = mock(Dues.class);
    DuesForm form;

    @BeforeEach
    void aCellOfThree() {
        when(members.ofCell(7))
                .thenReturn(List.of(
                        new Member(11, 7, "Nguyễn Văn An", MemberStatus.OFFICIAL, null),
                        new Member(12, 7, "Trần Thị Bình", MemberStatus.OFFICIAL, null),
                        new Member(13, 7, "Lê Văn Cường", MemberStatus.OFFICIAL, null)));
        form = new DuesForm(TestTexts.real(), members, dues, mock(AuditLog.class), TUESDAY_1_DECEMBER);
    }

    @Test
    void theMemberWhoCollectsDuesEntersThemAndTheCommitteeMemberWhoFollowsTheCellDoesNot() {
        var treasurer =
                new Actor(1003, "Bình", new RoleAssignment(3, Role.TREASURER, CELL, "Trần Thị Bình", 1003L), false);
        var follower =
                new Actor(1009, "Khánh", new RoleAssignment(9, Role.FOLLOWER, CELL, "Lê Quốc Khánh", 1009L), false);

        assertThat(FlowTester.open(form, treasurer).question()).isEqualTo("month");
        assertThat(FlowTester.open(form, follower).text()).isEqualTo("Đồng chí không có quyền thực hiện thao tác này.");
    }

    @Test
    void monthsAreReadAsPeopleWriteThemNoneToComeNorOlderThanAYear() {
        assertThat(form.month("tháng 11").value()).isEqualTo("2026-11");
        assertThat(form.month("T10").value()).isEqualTo("2026-10");
        assertThat(form.month("tháng 12 năm 2026").value()).isEqualTo("2026-12");
        assertThat(form.month("3/2026").value()).isEqualTo("2026-03");
        assertThat(form.month("tháng 12").value()).isEqualTo("2026-12");
        assertThat(form.month("1/2027").error())
                .isEqualTo("Tháng 1/2027 chưa đến; chỉ ghi được đảng phí của những tháng đã qua hoặc tháng này.");
        assertThat(form.month("12/2025").error())
                .isEqualTo("Tháng 12/2025 đã quá 12 tháng; chibo chỉ ghi đảng phí trong 12 tháng gần đây.");
        assertThat(form.month("tháng 13").error())
                .isEqualTo("chibo chưa hiểu “tháng 13” là tháng nào. Đồng chí gõ theo mẫu 10/2026 hoặc “tháng 10”.");
    }

    @Test
    void allPaidExceptThoseTickedAndAMonthEnteredBeforeStartsAsRecorded() {
        when(dues.unpaidIn(7, YearMonth.of(2026, 11))).thenReturn(Set.of(13L));
        FlowTester flow = FlowTester.open(form, SECRETARY);
        assertThat(flow.buttons()).startsWith("Tháng này (12/2026)", "Tháng trước (11/2026)");

        flow.taps("Tháng trước (11/2026)");
        assertThat(flow.text()).startsWith("Đảng phí tháng 11/2026: mặc định mọi đảng viên đã nộp.");
        assertThat(flow.buttons()).contains("☐ Nguyễn Văn An", "☐ Trần Thị Bình", "☑ Lê Văn Cường");
        flow.taps("☐ Trần Thị Bình").taps("✔ Xong").taps("💵 Nộp trực tiếp cho chi bộ");

        assertThat(flow.text())
                .startsWith("Kiểm tra trước khi lưu — Đảng phí tháng 11/2026, Chi bộ Văn phòng\n"
                        + "• Đã nộp: 1/3 đảng viên\n• Chưa nộp: Trần Thị Bình, Lê Văn Cường\n"
                        + "• Hình thức: 💵 Nộp trực tiếp cho chi bộ");
        when(dues.month(7, YearMonth.of(2026, 11)))
                .thenReturn(new MonthOfDues(YearMonth.of(2026, 11), 1, 3, List.of("Lê Văn Cường", "Trần Thị Bình")));
        flow.taps("✅ Lưu");

        var saved = form.save(flow.saved().orElseThrow(), SECRETARY, 1001);

        verify(dues).record(7, YearMonth.of(2026, 11), Set.of(12L, 13L), Channel.CASH, 1001L);
        assertThat(saved.text())
                .isEqualTo(
                        "✅ Đã ghi đảng phí tháng 11/2026: đã nộp 1/3 đảng viên; chưa nộp: Lê Văn Cường, Trần Thị Bình.");
    }
}

package vn.chibo.bot.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.bot.chat.form.FlowTester;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.chat.form.TestTexts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.commendation.RecordCommendations;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/** /khenthuong as a secretary answers it: every answer checked as typed. */
class CommendationFormFlowTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    static final OrgUnit COMMITTEE = new OrgUnit(1, null, OrgKind.COMMITTEE, "Đảng bộ Sở Tư pháp", "ĐB STP", "/1/");
    static final OrgUnit CELL = new OrgUnit(7, 1L, OrgKind.CELL, "Chi bộ Văn phòng", "CB VP", "/1/7/");
    static final Actor SECRETARY =
            new Actor(1001, "An", new RoleAssignment(1, Role.SECRETARY, CELL, "Nguyễn Văn An", 1001L), false);

    final Members members = mock(Members.class);
    CommendationForm form;

    @BeforeEach
    void aCellOfTwo() {
        when(members.awardableOf(anyLong(), any()))
                .thenReturn(List.of(
                        new Member(11, 7, "Nguyễn Văn An", MemberStatus.OFFICIAL, LocalDate.of(1986, 5, 1)),
                        new Member(12, 7, "Phạm Thị Hoa", MemberStatus.OFFICIAL, LocalDate.of(2000, 5, 1))));
        OrgUnits units = mock(OrgUnits.class);
        when(units.get(1)).thenReturn(COMMITTEE);
        var texts = TestTexts.real();
        var readers = new Readers(texts, NOW);
        form = new CommendationForm(
                texts,
                mock(RecordCommendations.class),
                new CommendationAnswers(texts, NOW, members, units, mock(Commendations.class), readers),
                readers);
    }

    @Test
    void aCertificateForTwoMembersIsAskedThroughToItsSummary() {
        var flow = FlowTester.open(form, SECRETARY)
                .taps("Giấy khen")
                .types("Đảng ủy Sở Tư pháp")
                .taps("Cá nhân")
                .taps("☐ Nguyễn Văn An")
                .taps("☐ Phạm Thị Hoa")
                .taps("✔ Xong")
                .types("Hoàn thành xuất sắc nhiệm vụ năm 2025")
                .types("2025")
                .taps("Bỏ qua")
                .types("Quyết định số 12-QĐ/ĐU")
                .types("3/2/2026")
                .taps("Bỏ qua");

        assertThat(flow.question()).isEqualTo("summary");
        assertThat(flow.text())
                .as("a grassroots committee gives Giấy khen: nothing to warn")
                .doesNotContain("⚠️");
        assertThat(flow.taps("✅ Lưu").saved()).hasValueSatisfying(a -> {
            assertThat(a.value("people")).isEqualTo("11,12");
            assertThat(a.value("decision_date")).isEqualTo("2026-02-03");
        });
    }

    @Test
    void aBadgeForYearsAMemberHasNotHeldIsRefusedAtTheChoiceOfPeople() {
        var flow = FlowTester.open(form, SECRETARY)
                .taps("🎖 Huy hiệu Đảng")
                .taps("30 năm")
                .types("Tỉnh ủy Quảng Trị")
                .taps("☐ Phạm Thị Hoa")
                .taps("✔ Xong");

        assertThat(flow.question()).isEqualTo("people");
        assertThat(flow.text()).contains("Phạm Thị Hoa").contains("1/5/2000").contains("1/5/2030");
    }

    @Test
    void aFormAboveTheIssuersLevelIsWarnedOnTheSummaryNotRefused() {
        var flow = FlowTester.open(form, SECRETARY)
                .taps("Bằng khen")
                .types("Chi bộ Văn phòng")
                .taps("Tập thể")
                .types("Hoàn thành xuất sắc nhiệm vụ")
                .types("2025")
                .taps("Bỏ qua")
                .taps("Bỏ qua")
                .taps("Bỏ qua")
                .taps("Bỏ qua");

        assertThat(flow.question()).isEqualTo("summary");
        assertThat(flow.text())
                .contains("⚠️ Theo quy định, chi bộ (chỉ biểu dương) thường không tặng Bằng khen")
                .contains("chibo vẫn ghi đúng như quyết định đã ban hành.");
        assertThat(flow.taps("✅ Lưu").saved()).isPresent();
    }

    @Test
    void aBadgeAMonthEarlyIsWarnedOnTheSummaryForTheSeriouslyIllOrPosthumously() {
        var flow = FlowTester.open(form, SECRETARY)
                .taps("🎖 Huy hiệu Đảng")
                .taps("40 năm")
                .types("Ban Thường vụ Tỉnh ủy")
                .taps("☐ Nguyễn Văn An")
                .taps("✔ Xong")
                .taps("Bỏ qua")
                .types("1/4/2026")
                .taps("Bỏ qua");

        assertThat(flow.question()).isEqualTo("summary");
        assertThat(flow.text())
                .contains("⚠️ Đồng chí Nguyễn Văn An mới được 39 năm tuổi Đảng, chưa đủ 40 năm (đủ vào ngày 1/5/2026)")
                .contains("tối đa 12 tháng");
    }

    @Test
    void aDecisionBeforeThePeriodItRewardsIsRefused() {
        var flow = FlowTester.open(form, SECRETARY)
                .taps("Giấy khen")
                .types("Đảng ủy Sở Tư pháp")
                .taps("Tập thể")
                .types("Hoàn thành xuất sắc nhiệm vụ")
                .types("2025")
                .taps("Bỏ qua")
                .taps("Bỏ qua")
                .types("31/12/2024");

        assertThat(flow.question()).isEqualTo("decision_date");
        assertThat(flow.text()).contains("31/12/2024");
    }
}

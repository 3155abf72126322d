package vn.chibo.bot.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.bot.chat.form.FlowTester;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.chat.form.TestTexts;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.office.MemberLife;
import vn.chibo.content.org.LifeEvent;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;

/** /biendong as a secretary goes through it: only what the member's status allows, the right questions, the day. */
class LifeEventFormFlowTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    static final OrgUnit CELL = new OrgUnit(7, 1L, OrgKind.CELL, "Chi bộ Văn phòng", "CB VP", "/1/7/");
    static final Actor SECRETARY =
            new Actor(1001, "An", new RoleAssignment(1, Role.SECRETARY, CELL, "Nguyễn Văn An", 1001L), false);
    static final Member HOA = new Member(12, 7, "Phạm Thị Hoa", MemberStatus.PROBATIONARY, LocalDate.of(2025, 10, 10));
    static final Member AN = new Member(11, 7, "Nguyễn Văn An", MemberStatus.OFFICIAL, LocalDate.of(1990, 5, 1));

    final Texts texts = TestTexts.real();
    final Choices choices = mock(Choices.class);
    final MemberLife life = mock(MemberLife.class);
    final LifeEventForm form = new LifeEventForm(texts, choices, new Readers(texts, NOW), life);

    @BeforeEach
    void aCellOfTwo() {
        when(choices.cells(any())).thenReturn(List.of(new Option(CELL.name(), "7")));
        when(choices.memberRecordsOf(any(), eq("cell"), any())).thenReturn(List.of(AN, HOA));
        for (Member m : List.of(HOA, AN)) {
            when(life.memberFor(any(), eq(m.id()))).thenReturn(Optional.of(m));
            when(life.member(m.id())).thenReturn(Optional.of(m));
        }
        when(life.earliest(HOA, LifeEvent.RECOGNISED)).thenReturn(LocalDate.of(2026, 10, 10));
        when(life.earliest(AN, LifeEvent.DIED)).thenReturn(LocalDate.of(1990, 5, 1));
    }

    @Test
    void aProbationaryMemberIsRecognisedFromTheDayProbationEndsWithItsDecision() {
        var flow = FlowTester.open(form, SECRETARY);
        assertThat(flow.buttons())
                .as("the member's status is shown; the one cell answered itself")
                .contains("Phạm Thị Hoa (Dự bị)", "Nguyễn Văn An");

        flow.taps("Phạm Thị Hoa (Dự bị)");
        assertThat(flow.buttons())
                .contains("✅ Công nhận đảng viên chính thức", "🧳 Sinh hoạt đảng tạm thời nơi khác", "🕯 Từ trần")
                .as("a probationary member is neither exempted nor brought back from where they are not")
                .doesNotContain("🪑 Miễn công tác và sinh hoạt đảng", "↩️ Trở về sinh hoạt tại chi bộ");

        flow.taps("✅ Công nhận đảng viên chính thức");
        assertThat(flow.buttons()).contains("Ngày hết 12 tháng dự bị: 10/10/2026");
        flow.types("9/10/2026");
        assertThat(flow.text()).contains("Ngày hết 12 tháng dự bị là 10/10/2026");
        flow.types("5/12/2026");
        assertThat(flow.text()).as("a day to come").contains("ở trong tương lai");

        flow.taps("Ngày hết 12 tháng dự bị: 10/10/2026");
        assertThat(flow.question())
                .as("no reason asked; the decision must be given")
                .isEqualTo("decision");
        assertThat(flow.buttons()).doesNotContain("Bỏ qua");
        flow.types("Quyết định số 15-QĐ/ĐU ngày 20/10/2026");

        assertThat(flow.text())
                .contains("• Đảng viên: Phạm Thị Hoa (Chi bộ Văn phòng)")
                .contains("• Từ ngày: 10/10/2026")
                .contains("• Quyết định: Quyết định số 15-QĐ/ĐU ngày 20/10/2026")
                .contains("Sau khi lưu, đồng chí là đảng viên: Chính thức.");
    }

    @Test
    void aDeathAsksOnlyTheDayAndSaysTheMemberLeavesTheList() {
        when(life.record(any(), eq(11L), eq(7L), eq(LifeEvent.DIED), any(), any(), any()))
                .thenReturn(new MemberLife.Result.Done(CELL, "Nguyễn Văn An", null));

        var flow = FlowTester.open(form, SECRETARY)
                .taps("Nguyễn Văn An")
                .taps("🕯 Từ trần")
                .types("2/11/2026");

        assertThat(flow.question()).isEqualTo("summary");
        assertThat(flow.text()).contains("Sau khi lưu, đồng chí ra khỏi danh sách chi bộ");
        assertThat(flow.taps("✅ Lưu").saved()).isPresent();
        assertThat(form.save(flow.answers(), SECRETARY, 1001).text())
                .isEqualTo(
                        "✅ Đã ghi. Đồng chí Nguyễn Văn An đã ra khỏi danh sách Chi bộ Văn phòng; hồ sơ vẫn được lưu.");
        verify(life).record(SECRETARY, 11L, 7L, LifeEvent.DIED, LocalDate.of(2026, 11, 2), null, null);
    }

    @Test
    void xoaTenAsksWhyAndTheDecisionAndSaysWhenTheStatusChangedMeanwhile() {
        when(life.record(any(), eq(11L), eq(7L), eq(LifeEvent.STRUCK_OFF), any(), any(), any()))
                .thenReturn(new MemberLife.Result.Refused(MemberLife.Reason.NOT_FROM_STATUS));

        var flow = FlowTester.open(form, SECRETARY)
                .taps("Nguyễn Văn An")
                .taps("✖ Xóa tên khỏi danh sách đảng viên")
                .taps("Hôm nay");
        assertThat(flow.question()).isEqualTo("reason");
        flow.types("Bỏ sinh hoạt đảng 3 tháng trong năm không có lý do chính đáng");
        assertThat(flow.question()).isEqualTo("decision");
        flow.types("Quyết định số 9-QĐ/ĐU ngày 30/11/2026");

        assertThat(flow.text()).contains("• Lý do, nơi đến: Bỏ sinh hoạt đảng 3 tháng");
        assertThat(form.save(flow.answers(), SECRETARY, 1001).text())
                .isEqualTo("Tình trạng của đồng chí Nguyễn Văn An vừa thay đổi, việc này không còn áp dụng được."
                        + " Chưa lưu gì; đồng chí vui lòng làm lại.");
    }

    @Test
    void aMemberWithoutARoleCannotOpenIt() {
        var member = new Actor(1005, "Hoa", null, false, HOA);

        assertThat(FlowTester.open(form, member).text()).isEqualTo("Đồng chí không có quyền thực hiện thao tác này.");
    }
}

package vn.chibo.bot.report;

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
import org.junit.jupiter.api.Test;
import vn.chibo.bot.chat.HomeUnits;
import vn.chibo.bot.chat.form.FlowTester;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.chat.form.TestTexts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.status.Period;

/** The report for days a leader chooses: typed at once or end by end, never backwards, to come, or over a year. */
class ReportRangeFormTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    static final OrgUnit COMMITTEE = new OrgUnit(1, null, OrgKind.COMMITTEE, "Đảng bộ Sở Tư pháp", "ĐB STP", "/1/");
    static final Actor LEADER =
            new Actor(1002, "Lâm", new RoleAssignment(2, Role.LEADER, COMMITTEE, "Trần Văn Lâm", 1002L), false);

    final ReportView reports = mock(ReportView.class);
    final HomeUnits homes = mock(HomeUnits.class);
    final ReportRangeForm form =
            new ReportRangeForm(reports, homes, new Readers(TestTexts.real(), NOW), TestTexts.real());

    ReportRangeFormTest() {
        when(homes.of(LEADER)).thenReturn(Optional.of(COMMITTEE));
    }

    @Test
    void bothEndsTypedAtOnceGoStraightToTheSummaryAndSavingSendsTheFiles() {
        when(reports.files(eq(COMMITTEE), any(), eq(1002L))).thenReturn(List.of());

        FlowTester flow = FlowTester.open(form, LEADER).types("từ 1/3 đến 15/6/2026");

        assertThat(flow.question()).isEqualTo("summary");
        assertThat(flow.text()).startsWith("Lập báo cáo của Đảng bộ Sở Tư pháp từ ngày 1/3/2026 đến ngày 15/6/2026");
        assertThat(flow.taps("✅ Lưu").saved())
                .hasValueSatisfying(a -> assertThat(form.save(a, LEADER, 1002L).text())
                        .isEqualTo("📄 Báo cáo của Đảng bộ Sở Tư pháp từ ngày 1/3/2026 đến ngày 15/6/2026:"));
        verify(reports).files(COMMITTEE, Period.range(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 15)), 1002L);
    }

    @Test
    void endByEndWithTheWrongEndsRefusedInWords() {
        FlowTester flow = FlowTester.open(form, LEADER).types("1/3/2026");
        assertThat(flow.question()).isEqualTo("to");

        assertThat(flow.types("28/2/2026").text()).startsWith("Ngày 28/2/2026 ở trước ngày bắt đầu.");
        assertThat(flow.types("8/12/2026").text()).startsWith("Ngày 8/12/2026 chưa tới, chưa có số liệu.");
        assertThat(flow.question()).isEqualTo("to");
        assertThat(flow.types("1/6/2026").question()).isEqualTo("summary");

        assertThat(FlowTester.open(form, LEADER).types("từ 1/1/2025 - 5/1/2026").text())
                .startsWith("Khoảng thời gian dài quá một năm.");
    }
}

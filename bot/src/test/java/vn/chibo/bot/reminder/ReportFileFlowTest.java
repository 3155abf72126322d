package vn.chibo.bot.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chibo.bot.chat.form.Action;
import vn.chibo.bot.chat.form.Screen;
import vn.chibo.bot.chat.form.TestTexts;
import vn.chibo.bot.chat.form.Turn;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;

/** After "Đã nộp": a file goes with the cell's submission, "Bỏ qua" keeps none, a changed role keeps nothing. */
class ReportFileFlowTest {

    static final OrgUnit CELL = new OrgUnit(7, 1L, OrgKind.CELL, "Chi bộ Văn phòng", "CB VP", "/1/7/");
    static final OrgUnit OTHER = new OrgUnit(8, 1L, OrgKind.CELL, "Chi bộ Thanh tra", "CB TT", "/1/8/");
    static final LocalDate DUE = LocalDate.of(2026, 12, 20);

    final Deadlines deadlines = mock(Deadlines.class);
    final RoleAssignments roles = mock(RoleAssignments.class);
    final ReportFileFlow flow = new ReportFileFlow(deadlines, roles, TestTexts.real());

    static Actor secretaryOf(OrgUnit cell) {
        return new Actor(1001, "An", new RoleAssignment(1, Role.SECRETARY, cell, "Nguyễn Văn An", 1001L), false);
    }

    AwaitedReport state() {
        return AwaitedReport.of(12, CELL.id(), DUE, "Báo cáo sơ kết");
    }

    @Test
    void itAsksForTheFileAndOffersToSkip() {
        var first = flow.opened(state(), secretaryOf(CELL));

        assertThat(first).isInstanceOfSatisfying(Turn.Show.class, show -> {
            assertThat(show.screen().text()).startsWith("Nếu muốn lưu kèm tệp báo cáo “Báo cáo sơ kết”");
            assertThat(show.screen().rows())
                    .containsExactly(java.util.List.of(Screen.Key.of("Bỏ qua, không gửi tệp", Action.CANCEL)));
        });
    }

    @Test
    void theFileIsKeptWithTheSubmission() {
        when(roles.answersFor(1001, CELL.id())).thenReturn(true);
        var turn = flow.file(state(), "BQAC01", "Bao-cao.docx", secretaryOf(CELL));

        assertThat(turn).isEqualTo(new Turn.End<>("Đã lưu tệp “Bao-cao.docx” kèm báo cáo."));
        verify(deadlines).attach(12, CELL.id(), DUE, "BQAC01", "Bao-cao.docx");
    }

    @Test
    void skippingKeepsNoFile() {
        assertThat(flow.pressed(state(), Action.CANCEL, -1, secretaryOf(CELL)))
                .isEqualTo(new Turn.End<>("Đã ghi nhận báo cáo “Báo cáo sơ kết” đã nộp, không kèm tệp."));
        assertThat(flow.pressed(state(), Action.SAVE, -1, secretaryOf(CELL))).isInstanceOf(Turn.Toast.class);
        verify(deadlines, never()).attach(anyLong(), anyLong(), any(), any(), any());
    }

    @Test
    void aFileFromSomeoneWhoNoLongerServesTheCellIsNotKept() {
        when(roles.answersFor(1001, OTHER.id())).thenReturn(true);

        var turn = flow.file(state(), "BQAC01", "Bao-cao.docx", secretaryOf(OTHER));

        assertThat(turn).isInstanceOf(Turn.End.class);
        verify(deadlines, never()).attach(anyLong(), anyLong(), any(), any(), any());
    }
}

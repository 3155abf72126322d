package vn.chibo.bot.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.chibo.bot.chat.form.TestTexts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingSubmission;
import vn.chibo.content.meeting.MeetingSubmissions;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.scheduler.delivery.Outgoing;

/** A meeting logged by the minute-taker: kept with its answers, the secretary and deputy asked, settled once. */
class MeetingSubmittingTest {

    static final OrgUnit CELL = new OrgUnit(7, 1L, OrgKind.CELL, "Chi bộ Văn phòng", "CB VP", "/1/7/");
    static final Actor MINUTE_TAKER =
            new Actor(1003, "Bình", new RoleAssignment(3, Role.MINUTE_TAKER, CELL, "Trần Thị Bình", 1003L), false);
    static final Actor SECRETARY =
            new Actor(1001, "An", new RoleAssignment(1, Role.SECRETARY, CELL, "Nguyễn Văn An", 1001L), false);
    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    final MeetingSubmissions submissions = mock(MeetingSubmissions.class);
    final RoleAssignments roles = mock(RoleAssignments.class);
    final MeetingSubmitting submitting = new MeetingSubmitting(submissions, roles, TestTexts.real());

    @Test
    void theAnswersAreKeptAndTheSecretaryAndDeputyAskedWithTwoButtons() {
        when(roles.chatsAnsweringFor(CELL)).thenReturn(List.of(1001L, 1002L));
        when(submissions.submit(anyLong(), any(), any(), anyLong(), anyString(), anyString()))
                .thenAnswer(call -> new MeetingSubmission(
                        41,
                        7,
                        call.getArgument(1),
                        call.getArgument(2),
                        1003L,
                        "Trần Thị Bình",
                        call.getArgument(5),
                        MeetingSubmission.State.PENDING));
        var answers = vn.chibo.bot.chat.form.FlowTester.answersOf(
                Map.of("kind", "MONTHLY", "date", DAY.toString(), "cell", "7", "meeting", "99"),
                Map.of("kind", "Thường kỳ (hằng tháng)", "date", "30/11/2026", "cell", CELL.name()));

        var saved = submitting.submit(answers, MINUTE_TAKER, MeetingKind.MONTHLY);

        ArgumentCaptor<String> json = ArgumentCaptor.forClass(String.class);
        verify(submissions)
                .submit(eq(7L), eq(MeetingKind.MONTHLY), eq(DAY), eq(1003L), eq("Trần Thị Bình"), json.capture());
        MeetingSubmitting.Kept kept = MeetingSubmitting.read(json.getValue());
        assertThat(kept.values())
                .containsEntry("date", "2026-11-30")
                .as("a hidden key the form uses to replace a stored meeting is never carried over")
                .doesNotContainKey("meeting");
        assertThat(kept.labels()).containsEntry("kind", "Thường kỳ (hằng tháng)");
        assertThat(saved.text()).startsWith("📨 Đã gửi buổi sinh hoạt Thường kỳ (hằng tháng) ngày 30/11/2026");
        assertThat(saved.more()).extracting(Outgoing::chatId).containsExactly(1001L, 1002L);
        assertThat(saved.more().get(0).text())
                .startsWith("📝 Đồng chí Trần Thị Bình (thư ký chi bộ) đã ghi buổi sinh hoạt Thường kỳ (hằng tháng)"
                        + " ngày 30/11/2026 của Chi bộ Văn phòng");
    }

    @Test
    void aSubmissionIsConfirmedOnceAndTheOneWhoLoggedItIsTold() {
        var pending = new MeetingSubmission(
                41, 7, MeetingKind.MONTHLY, DAY, 1003L, "Trần Thị Bình", "{}", MeetingSubmission.State.PENDING);
        when(submissions.find(41)).thenReturn(Optional.of(pending));
        when(submissions.settle(41, MeetingSubmission.State.CONFIRMED, 1001L)).thenReturn(true, false);

        var first = submitting.confirm(41, SECRETARY);
        var second = submitting.confirm(41, SECRETARY);

        assertThat(first)
                .hasValueSatisfying(out -> assertThat(out).singleElement().satisfies(o -> {
                    assertThat(o.chatId()).isEqualTo(1003L);
                    assertThat(o.text())
                            .isEqualTo("✅ Đồng chí Nguyễn Văn An đã xác nhận buổi sinh hoạt Thường kỳ (hằng tháng)"
                                    + " ngày 30/11/2026 do đồng chí ghi; biên bản đã được lập.");
                }));
        assertThat(second).as("settled already: the save is refused").isEmpty();
        var otherCell = new OrgUnit(8, 1L, OrgKind.CELL, "Chi bộ Thanh tra", "CB TT", "/1/8/");
        var elsewhere =
                new Actor(1008, "Tâm", new RoleAssignment(8, Role.SECRETARY, otherCell, "Hồ Thị Tâm", 1008L), false);
        assertThat(submitting.confirm(41, elsewhere))
                .as("another cell's secretary settles nothing")
                .isEmpty();
        org.mockito.Mockito.verify(submissions, org.mockito.Mockito.never())
                .settle(41, MeetingSubmission.State.CONFIRMED, 1008L);
    }
}

package vn.chibo.bot.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chibo.bot.chat.form.Action;
import vn.chibo.bot.chat.form.TestTexts;
import vn.chibo.bot.chat.form.Turn;
import vn.chibo.bot.telegram.ChiboProperties;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.meeting.RecordMeeting;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;

/** Deleting a meeting from /lichsu: asked first, done only on "Xóa", refused when too late. */
class MeetingDeletionTest {

    static final OrgUnit CELL = new OrgUnit(7, 1L, OrgKind.CELL, "Chi bộ Văn phòng", "CB VP", "/1/7/");
    static final Actor AN =
            new Actor(1001, "An", new RoleAssignment(1, Role.SECRETARY, CELL, "Nguyễn Văn An", 1001L), false);

    final RecordMeeting recordMeeting = mock(RecordMeeting.class);
    final ChiboProperties properties = mock(ChiboProperties.class, org.mockito.Answers.RETURNS_DEEP_STUBS);
    final MeetingDeletion deletion;

    MeetingDeletionTest() {
        when(properties.meetings().editWindow()).thenReturn(Duration.ofDays(7));
        deletion = new MeetingDeletion(recordMeeting, TestTexts.real(), properties);
    }

    final MeetingDeletion.Asked asked = MeetingDeletion.Asked.of(31, "Thường kỳ (hằng tháng)", "28/11/2026");

    @Test
    void itAsksBeforeAnything() {
        assertThat(deletion.opened(asked, AN)).isInstanceOfSatisfying(Turn.Show.class, show -> {
            assertThat(show.step()).isEqualTo("confirm");
            assertThat(show.screen().text()).startsWith("Xóa buổi sinh hoạt ngày 28/11/2026?");
        });
        verify(recordMeeting, never()).withdraw(anyLong(), any(), any(), anyString());
    }

    @Test
    void yesDeletesAndAuditsNoKeepsIt() {
        when(recordMeeting.withdraw(eq(31L), eq(AN), eq(Duration.ofDays(7)), anyString()))
                .thenReturn(Optional.empty());

        assertThat(deletion.pressed(asked, Action.CANCEL, -1, AN))
                .isEqualTo(new Turn.End<>("Đã giữ nguyên buổi sinh hoạt ngày 28/11/2026."));
        verify(recordMeeting, never()).withdraw(anyLong(), any(), any(), anyString());
        assertThat(deletion.pressed(asked, Action.SAVE, -1, AN))
                .isEqualTo(new Turn.End<>("Đã xóa buổi sinh hoạt ngày 28/11/2026."));
    }

    @Test
    void tooLateIsSaid() {
        when(recordMeeting.withdraw(eq(31L), eq(AN), any(), anyString()))
                .thenReturn(Optional.of(RecordMeeting.Reason.TOO_LATE));

        assertThat(deletion.pressed(asked, Action.SAVE, -1, AN))
                .isInstanceOfSatisfying(
                        Turn.End.class, end -> assertThat(end.text()).contains("7"));
    }
}

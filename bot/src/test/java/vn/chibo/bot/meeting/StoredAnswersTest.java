package vn.chibo.bot.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.bot.chat.form.TestTexts;
import vn.chibo.content.meeting.Attendance;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.Presence;
import vn.chibo.content.meeting.Votes;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;

/** A stored meeting read back keeps the names it recorded, though its chair has since left the cell. */
class StoredAnswersTest {

    final Members members = mock(Members.class); // knows nobody any more
    final StoredAnswers stored = new StoredAnswers(members, TestTexts.real());

    @Test
    void theChairAndMinuteTakerAreNamedAsRecordedAfterTheyLeft() {
        var record = new MeetingRecord(
                7,
                MeetingKind.MONTHLY,
                LocalDate.of(2026, 11, 5),
                LocalTime.of(14, 0),
                LocalTime.of(16, 0),
                "Phòng họp",
                null,
                List.of(),
                List.of(
                        new Attendance(11, "Nguyễn Văn An", MemberStatus.OFFICIAL, Presence.PRESENT),
                        new Attendance(12, "Phạm Thị Hoa", MemberStatus.OFFICIAL, Presence.PRESENT)),
                null,
                11L,
                12L,
                null,
                "Kết quả",
                "Quyết định",
                "Nhiệm vụ",
                "Kết luận",
                new Votes(2, 0, 0),
                List.of());

        assertThat(stored.name(record, 11L)).isEqualTo("Nguyễn Văn An");
        assertThat(stored.name(record, 12L)).isEqualTo("Phạm Thị Hoa");
        assertThat(stored.name(record, 99L))
                .as("neither recorded nor on the books")
                .isEqualTo("—");
        assertThat(stored.name(record, null)).isNull();
    }
}

package vn.chibo.bot.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
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
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.chat.form.TestTexts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.meeting.Absences;
import vn.chibo.content.meeting.MeetingAssessment;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.meeting.RecordMeeting;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/** /sinhhoat as a secretary types and taps it, question by question, with the cell's data stood in for. */
class MeetingFormFlowTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Clock TUESDAY_1_DECEMBER = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), VIETNAM);
    static final OrgUnit CELL = new OrgUnit(7, 1L, OrgKind.CELL, "Chi bộ Văn phòng", "CB Văn phòng", "/1/7/");
    static final OrgUnit COMMITTEE =
            new OrgUnit(1, null, OrgKind.COMMITTEE, "Đảng bộ Sở Tư pháp", "ĐB Sở Tư pháp", "/1/");
    static final Actor SECRETARY =
            new Actor(1001, "An", new RoleAssignment(1, Role.SECRETARY, CELL, "Nguyễn Văn An", 1001L), false);

    final Members members = mock(Members.class);
    final Meetings meetings = mock(Meetings.class);
    MeetingForm form;

    @BeforeEach
    void aCellOfThreeOfficialMembers() {
        when(members.ofCell(anyLong()))
                .thenReturn(List.of(
                        new Member(11, 7, "Nguyễn Văn An", MemberStatus.OFFICIAL, LocalDate.of(2001, 5, 19)),
                        new Member(12, 7, "Trần Thị Bình", MemberStatus.OFFICIAL, LocalDate.of(2005, 2, 3)),
                        new Member(13, 7, "Lê Văn Cường", MemberStatus.OFFICIAL, LocalDate.of(2010, 9, 2))));
        when(meetings.lastPlace(7)).thenReturn(Optional.of("Phòng họp tầng 2"));
        OrgUnits units = mock(OrgUnits.class);
        when(units.get(1)).thenReturn(COMMITTEE);
        when(meetings.themesUsed("/1/", 2026)).thenReturn(List.of("Học tập và làm theo tư tưởng Hồ Chí Minh"));
        var texts = TestTexts.real();
        form = new MeetingForm(
                texts,
                members,
                new MeetingAssessment(mock(Absences.class)),
                new AssessmentText(texts),
                mock(RecordMeeting.class),
                new MinutesFile(units, texts),
                new MeetingAnswers(texts, TUESDAY_1_DECEMBER, members, meetings, units),
                new Readers(texts, TUESDAY_1_DECEMBER));
    }

    @Test
    void aMonthlyMeetingIsLoggedStepByStepToItsSummaryAndSaved() {
        FlowTester flow = FlowTester.open(form, SECRETARY);
        assertThat(flow.text()).isEqualTo("Ghi sinh hoạt chi bộ. Đây là buổi sinh hoạt nào?");

        flow.taps("Định kỳ (hằng tháng)");
        assertThat(flow.buttons()).startsWith("Hôm nay (1/12/2026)", "Hôm qua (30/11/2026)");
        flow.types("hôm qua").taps("14h").types("16h30").taps("Phòng họp tầng 2");
        assertThat(flow.question()).isEqualTo("absent");
        flow.taps("☐ Lê Văn Cường").taps("✔ Xong");
        assertThat(flow.question())
                .as("someone was absent: with or without reason?")
                .isEqualTo("unexcused");
        flow.taps("✔ Xong").taps("Bỏ qua").taps("Nguyễn Văn An");
        assertThat(flow.question())
                .as("the chair does not take the minutes: the one other member present does, unasked")
                .isEqualTo("results");
        for (String step : List.of(
                "Đã hoàn thành báo cáo quý",
                "Thống nhất kế hoạch tháng 12",
                "Chuẩn bị tổng kết năm",
                "Chi bộ hoàn thành tốt nhiệm vụ")) {
            flow.types(step).taps("✔ Xong");
        }
        assertThat(flow.buttons()).as("only the official members present vote").contains("Cả 2 đồng chí tán thành");
        flow.taps("Cả 2 đồng chí tán thành").taps("Bỏ qua");

        assertThat(flow.question()).isEqualTo("summary");
        assertThat(flow.text())
                .startsWith("Kiểm tra trước khi lưu:")
                .contains("30/11/2026")
                .contains("Phòng họp tầng 2")
                .contains("Lê Văn Cường")
                .contains("Chủ trì: Nguyễn Văn An; thư ký: Trần Thị Bình");
        flow.taps("✅ Lưu");
        assertThat(flow.saved()).hasValueSatisfying(a -> {
            assertThat(a.value("kind")).isEqualTo("MONTHLY");
            assertThat(a.value("date")).isEqualTo("2026-11-30");
            assertThat(a.value("start")).isEqualTo("14:00");
            assertThat(a.value("end")).isEqualTo("16:30");
            assertThat(a.value("absent")).isEqualTo("13");
            assertThat(a.value("votes")).isEqualTo("2 0 0");
        });
    }

    @Test
    void aDateInTheFutureIsRefusedWithTheDateItRead() {
        FlowTester flow =
                FlowTester.open(form, SECRETARY).taps("Định kỳ (hằng tháng)").types("5/12/2026");

        assertThat(flow.question()).isEqualTo("date");
        assertThat(flow.text()).startsWith("Ngày 5/12/2026 chưa tới");
    }

    @Test
    void aMeetingLaterTodayIsNotTakenAsHeld() {
        FlowTester flow =
                FlowTester.open(form, SECRETARY).taps("Định kỳ (hằng tháng)").types("hôm nay");

        assertThat(flow.question()).isEqualTo("start");
        assertThat(flow.buttons())
                .as("at 10h, only the ready times already past")
                .contains("7h30", "8h");
        assertThat(flow.buttons()).doesNotContain("14h");
        flow.types("14h");
        assertThat(flow.question()).isEqualTo("start");
        assertThat(flow.text()).startsWith("Bây giờ mới 10h: buổi sinh hoạt hôm nay bắt đầu lúc 14h chưa diễn ra.");
        flow.types("8h");
        assertThat(flow.question()).isEqualTo("end");
    }

    @Test
    void anEndNotAfterTheStartIsRefused() {
        FlowTester flow = FlowTester.open(form, SECRETARY)
                .taps("Định kỳ (hằng tháng)")
                .types("hôm qua")
                .types("14h")
                .types("13h");

        assertThat(flow.question()).isEqualTo("end");
        assertThat(flow.text()).contains("13h").contains("14h");
    }

    /** A monthly meeting yesterday with all three members present, walked up to its vote. */
    private FlowTester atTheVoteWithEveryonePresent() {
        FlowTester flow = FlowTester.open(form, SECRETARY)
                .taps("Định kỳ (hằng tháng)")
                .types("hôm qua")
                .taps("14h")
                .types("16h")
                .taps("Phòng họp tầng 2")
                .taps("✔ Xong")
                .taps("Bỏ qua")
                .taps("Nguyễn Văn An")
                .taps("Trần Thị Bình");
        for (int i = 0; i < 4; i++) {
            flow.types("Nội dung " + i).taps("✔ Xong");
        }
        return flow;
    }

    @Test
    void votesThatExceedTheOfficialMembersPresentAreRefused() {
        FlowTester flow = atTheVoteWithEveryonePresent();

        flow.types("4 0 0");

        assertThat(flow.question()).isEqualTo("votes");
        assertThat(flow.text()).startsWith("Tổng số phiếu (4) nhiều hơn số đảng viên chính thức có mặt (3).");
    }

    @Test
    void votesFewerThanTheOfficialMembersPresentCountTheRestAsNotVotingAndSaySo() {
        FlowTester flow = atTheVoteWithEveryonePresent();

        flow.types("2 0 0").taps("Bỏ qua");

        assertThat(flow.question()).isEqualTo("summary");
        assertThat(flow.text())
                .contains(
                        "2 tán thành, 0 không tán thành, 1 không biểu quyết (⚠️ số phiếu ít hơn 3 đảng viên chính thức"
                                + " có mặt: 1 đồng chí không bỏ phiếu được tính là không biểu quyết");
        flow.taps("✅ Lưu");
        assertThat(flow.saved())
                .hasValueSatisfying(a -> assertThat(a.value("votes")).isEqualTo("2 0 1"));
    }

    @Test
    void aThematicMeetingAsksItsTopicAndPresenter() {
        FlowTester flow = FlowTester.open(form, SECRETARY)
                .taps("Chuyên đề")
                .types("hôm qua")
                .taps("14h")
                .types("16h");
        flow.taps("Phòng họp tầng 2");

        assertThat(flow.question()).isEqualTo("topic");
        assertThat(flow.buttons())
                .as("this year's themes of the committee")
                .contains("Học tập và làm theo tư tưởng Hồ Chí Minh");
        flow.types("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
        assertThat(flow.question()).isEqualTo("absent");
    }
}

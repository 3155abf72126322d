package vn.chibo.bot.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.dues.Dues;
import vn.chibo.content.meeting.Absences;
import vn.chibo.content.meeting.MeetingAssessment;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRules;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.meeting.Proceedings;
import vn.chibo.content.meeting.RecordMeeting;
import vn.chibo.content.notice.Notices;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.plan.Plans;

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
    final Plans plans = mock(Plans.class);
    final Notices notices = mock(Notices.class);
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
        when(plans.plannedTopic(any(), eq(LocalDate.of(2026, 11, 30))))
                .thenReturn(Optional.of("Nêu gương, tự soi, tự sửa"));
        when(meetings.lastResolutionTasks(7, YearMonth.of(2026, 11)))
                .thenReturn(List.of("Nộp báo cáo quý IV", "Kết nạp quần chúng ưu tú"));
        var texts = TestTexts.real();
        form = new MeetingForm(
                texts,
                members,
                new MeetingAssessment(mock(Absences.class), MeetingRules.standard(), units),
                new AssessmentText(texts),
                mock(RecordMeeting.class),
                new MinutesFile(units, mock(RoleAssignments.class), texts, mock(Dues.class)),
                new MeetingAnswers(texts, TUESDAY_1_DECEMBER, members, meetings, units, plans),
                new Readers(texts, TUESDAY_1_DECEMBER),
                new NoticeAttendance(notices, members, texts),
                mock(MeetingSubmitting.class));
    }

    @Test
    void aMonthlyMeetingIsLoggedStepByStepToItsSummaryAndSaved() {
        FlowTester flow = FlowTester.open(form, SECRETARY);
        assertThat(flow.text()).isEqualTo("Ghi sinh hoạt chi bộ. Đây là buổi sinh hoạt nào?");

        flow.taps("Thường kỳ (hằng tháng)");
        assertThat(flow.buttons()).startsWith("Hôm nay (1/12/2026)", "Hôm qua (30/11/2026)");
        flow.types("hôm qua").types("14h - 16h30");
        assertThat(flow.question())
                .as("the end came with the start, so it is not asked")
                .isEqualTo("place");
        flow.taps("Phòng họp tầng 2");
        assertThat(flow.question()).isEqualTo("absent");
        flow.taps("☐ Lê Văn Cường").taps("✔ Xong");
        assertThat(flow.question())
                .as("someone was absent: with or without reason?")
                .isEqualTo("unexcused");
        flow.taps("✔ Xong");
        assertThat(flow.question()).isEqualTo("reasons");
        flow.types("Bình: ốm");
        assertThat(flow.text()).startsWith("Không tìm thấy “Bình” trong số đồng chí vắng có lý do (Lê Văn Cường)");
        flow.types("Cường: đi công tác tỉnh").taps("Bỏ qua").taps("Nguyễn Văn An");
        assertThat(flow.question())
                .as("the chair does not take the minutes: the one other member present does, unasked")
                .isEqualTo("news");
        flow.taps("Bỏ qua").taps("Bỏ qua");
        assertThat(flow.question()).isEqualTo("review");
        assertThat(flow.buttons()).contains("☐ Nộp báo cáo quý IV", "☐ Kết nạp quần chúng ưu tú");
        flow.taps("☐ Nộp báo cáo quý IV").taps("✔ Xong");
        flow.types("Đã hoàn thành báo cáo quý").taps("✔ Xong");
        assertThat(flow.question()).isEqualTo("opinions");
        flow.types("ý kiến không ghi người nói");
        assertThat(flow.text()).startsWith("Đồng chí gõ theo mẫu “Tên người phát biểu: nội dung”");
        flow.types("đ/c Bình: Đề nghị tăng cường kiểm tra")
                .types("Trưởng phòng: Nhất trí")
                .taps("✔ Xong");
        for (String step : List.of("Thống nhất kế hoạch tháng 12", "Chuẩn bị tổng kết năm — đồng chí Bình")) {
            flow.types(step).taps("✔ Xong");
        }
        assertThat(flow.question()).isEqualTo("other");
        flow.taps("Bỏ qua").types("Chi bộ hoàn thành tốt nhiệm vụ").taps("✔ Xong");
        assertThat(flow.buttons()).as("only the official members present vote").contains("Cả 2 đồng chí tán thành");
        flow.taps("Cả 2 đồng chí tán thành");
        assertThat(flow.question()).isEqualTo("resolution_no");
        flow.taps("1-NQ/CB");
        assertThat(flow.question()).isEqualTo("self");
        flow.taps("☐ Thông báo, tài liệu gửi trước ít nhất 1 ngày").taps("✔ Xong");
        flow.types("3");
        assertThat(flow.text()).startsWith("Số đồng chí nhất trí (3) nhiều hơn số đồng chí có mặt (2).");
        flow.taps("Cả 2 đồng chí có mặt nhất trí").taps("Bỏ qua");

        assertThat(flow.question()).isEqualTo("summary");
        assertThat(flow.text())
                .startsWith("Kiểm tra trước khi lưu:")
                .contains("30/11/2026, từ 14h đến 16h30")
                .contains("Phòng họp tầng 2")
                .contains("Lê Văn Cường")
                .contains("Chủ trì: Nguyễn Văn An; thư ký: Trần Thị Bình")
                .contains("• Ý kiến phát biểu: 2 ý kiến của 2 đồng chí")
                .contains("• Nghị quyết tháng trước: hoàn thành 1/2 nhiệm vụ")
                .contains("• Số nghị quyết: 1-NQ/CB")
                .contains("Chất lượng (tự tính theo khung Hướng dẫn 42-HD/BTCTW):");
        flow.taps("✅ Lưu");
        assertThat(flow.saved()).hasValueSatisfying(a -> {
            assertThat(a.value("kind")).isEqualTo("MONTHLY");
            assertThat(a.value("date")).isEqualTo("2026-11-30");
            assertThat(a.value("start")).isEqualTo("14:00");
            assertThat(a.value("end")).isEqualTo("16:30");
            assertThat(a.value("absent")).isEqualTo("13");
            assertThat(a.value("reasons")).isEqualTo("13=đi công tác tỉnh");
            assertThat(a.value("review")).isEqualTo("0");
            assertThat(a.value("opinions"))
                    .isEqualTo("Trần Thị Bình: Đề nghị tăng cường kiểm tra\nTrưởng phòng: Nhất trí");
            assertThat(a.value("votes")).isEqualTo("2 0 0");
            assertThat(a.value("self")).isEqualTo("MATERIALS_EARLY");
            assertThat(a.value("adopted")).isEqualTo("2");
            var record = MeetingDraft.record(
                    7, a, members.ofCell(7), List.of("Nộp báo cáo quý IV", "Kết nạp quần chúng ưu tú"));
            assertThat(record.attendance())
                    .filteredOn(x -> x.memberId() == 13)
                    .singleElement()
                    .satisfies(x -> assertThat(x.reason()).isEqualTo("đi công tác tỉnh"));
            assertThat(record.proceedings().review())
                    .containsExactly(
                            new Proceedings.ReviewedTask("Nộp báo cáo quý IV", true),
                            new Proceedings.ReviewedTask("Kết nạp quần chúng ưu tú", false));
            assertThat(record.proceedings().speakers()).isEqualTo(2);
        });
    }

    @Test
    void goingBackToTheStartAndTypingOneTimeAsksTheEndAgain() {
        FlowTester flow = FlowTester.open(form, SECRETARY)
                .taps("Thường kỳ (hằng tháng)")
                .types("hôm qua")
                .types("14h đến 16h");
        assertThat(flow.question()).isEqualTo("place");

        flow.presses(vn.chibo.bot.chat.form.Action.BACK, 0);
        assertThat(flow.question()).isEqualTo("start");
        flow.types("8h");
        assertThat(flow.question()).isEqualTo("end");
    }

    @Test
    void exemptMembersStartAsNotAttendingAndAreNeverUnexcused() {
        when(members.ofCell(anyLong()))
                .thenReturn(List.of(
                        new Member(11, 7, "Nguyễn Văn An", MemberStatus.OFFICIAL, LocalDate.of(2001, 5, 19)),
                        new Member(12, 7, "Trần Thị Bình", MemberStatus.OFFICIAL, LocalDate.of(2005, 2, 3)),
                        new Member(14, 7, "Đỗ Văn Tư", MemberStatus.EXEMPT, LocalDate.of(1975, 2, 3))));
        FlowTester flow = FlowTester.open(form, SECRETARY)
                .taps("Thường kỳ (hằng tháng)")
                .types("hôm qua")
                .types("14h - 16h")
                .taps("Phòng họp tầng 2");

        assertThat(flow.buttons()).contains("☑ Đỗ Văn Tư (miễn sinh hoạt)", "☐ Trần Thị Bình");
        flow.taps("✔ Xong");
        assertThat(flow.question())
                .as("nobody expected was absent: neither 'without reason' nor reasons are asked")
                .isEqualTo("guests");
    }

    @Test
    void aForumHeldAsTheQuartersThematicMeetingAsksItsTopicAndWhetherItVoted() {
        FlowTester flow = FlowTester.open(form, SECRETARY).taps("Diễn đàn");
        assertThat(flow.question()).isEqualTo("forum_thematic");
        flow.taps("Có, là sinh hoạt chuyên đề của quý")
                .types("hôm qua")
                .types("8h - 10h")
                .taps("Phòng họp tầng 2");
        assertThat(flow.text()).startsWith("Chủ đề, mục đích của diễn đàn?");
        flow.types("Thanh niên với chuyển đổi số").taps("✔ Xong").taps("Bỏ qua").taps("Nguyễn Văn An");
        flow.taps("Trần Thị Bình");
        assertThat(flow.question()).as("the opening report's presenter").isEqualTo("presenter");
        flow.taps("Lê Văn Cường");
        assertThat(flow.question())
                .as("no month's review, results or tasks in a forum")
                .isEqualTo("opinions");
        flow.types("Cường: Tham luận về chuyển đổi số").taps("✔ Xong");
        assertThat(flow.question()).isEqualTo("conclusion");
        flow.types("Chi bộ thống nhất các giải pháp").taps("✔ Xong");
        assertThat(flow.question()).isEqualTo("vote_held");
        flow.taps("Không biểu quyết");
        assertThat(flow.question()).isEqualTo("self");
        flow.taps("✔ Xong").taps("Cả 3 đồng chí có mặt nhất trí").taps("Bỏ qua");

        assertThat(flow.text())
                .contains("• Loại: Diễn đàn (sinh hoạt chuyên đề của quý)")
                .contains("• Biểu quyết: không biểu quyết")
                .contains("✅ Buổi sinh hoạt không biểu quyết");
        flow.taps("✅ Lưu");
        assertThat(flow.saved())
                .hasValueSatisfying(a -> assertThat(MeetingForm.kind(a)).isEqualTo(MeetingKind.THEMATIC_FORUM));
    }

    @Test
    void aDateInTheFutureIsRefusedWithTheDateItRead() {
        FlowTester flow =
                FlowTester.open(form, SECRETARY).taps("Thường kỳ (hằng tháng)").types("5/12/2026");

        assertThat(flow.question()).isEqualTo("date");
        assertThat(flow.text()).startsWith("Ngày 5/12/2026 chưa tới");
    }

    @Test
    void aMeetingLaterTodayIsNotTakenAsHeld() {
        FlowTester flow =
                FlowTester.open(form, SECRETARY).taps("Thường kỳ (hằng tháng)").types("hôm nay");

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
                .taps("Thường kỳ (hằng tháng)")
                .types("hôm qua")
                .types("14h")
                .types("13h");

        assertThat(flow.question()).isEqualTo("end");
        assertThat(flow.text()).contains("13h").contains("14h");
    }

    /** A monthly meeting yesterday with all three members present, walked up to its vote. */
    private FlowTester atTheVoteWithEveryonePresent() {
        FlowTester flow = FlowTester.open(form, SECRETARY)
                .taps("Thường kỳ (hằng tháng)")
                .types("hôm qua")
                .taps("14h")
                .types("16h")
                .taps("Phòng họp tầng 2")
                .taps("✔ Xong")
                .taps("Bỏ qua")
                .taps("Nguyễn Văn An")
                .taps("Trần Thị Bình")
                .taps("Bỏ qua")
                .taps("Bỏ qua")
                .taps("✔ Xong");
        flow.types("Kết quả tháng qua").taps("✔ Xong");
        flow.types("An: Nhất trí").taps("✔ Xong");
        flow.types("Quyết định").taps("✔ Xong");
        flow.types("Nhiệm vụ").taps("✔ Xong");
        flow.taps("Bỏ qua");
        flow.types("Kết luận").taps("✔ Xong");
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

        flow.types("2 0 0")
                .taps("1-NQ/CB")
                .taps("✔ Xong")
                .taps("Cả 3 đồng chí có mặt nhất trí")
                .taps("Bỏ qua");

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
                .as("the topic the cell planned for the quarter first, then this year's themes of the committee")
                .startsWith("📌 Theo kế hoạch: Nêu gương, tự soi, tự sửa", "Học tập và làm theo tư tưởng Hồ Chí Minh");
        flow.types("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
        assertThat(flow.question()).isEqualTo("absent");
        flow.taps("✔ Xong").taps("Bỏ qua").taps("Nguyễn Văn An").taps("Trần Thị Bình");
        assertThat(flow.text()).startsWith("Đồng chí nào trình bày báo cáo đề dẫn?");
    }
}

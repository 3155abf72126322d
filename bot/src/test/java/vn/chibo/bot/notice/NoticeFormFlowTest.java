package vn.chibo.bot.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
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
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.notice.MeetingNotice;
import vn.chibo.content.notice.Notices;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.scheduler.reminder.MeetingRule;
import vn.chibo.scheduler.reminder.MeetingSchedules;
import vn.chibo.scheduler.reminder.ReminderTexts;

/** /thongbao as a secretary types and taps it, with the cell's data stood in for. */
class NoticeFormFlowTest {

    static final Clock TUESDAY_1_DECEMBER_10H =
            Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    static final OrgUnit CELL = new OrgUnit(7, 1L, OrgKind.CELL, "Chi bộ Văn phòng", "CB Văn phòng", "/1/7/");
    static final Actor SECRETARY =
            new Actor(1001, "An", new RoleAssignment(1, Role.SECRETARY, CELL, "Nguyễn Văn An", 1001L), false);

    final Members members = mock(Members.class);
    final Meetings meetings = mock(Meetings.class);
    final MeetingSchedules schedules = mock(MeetingSchedules.class);
    final Notices notices = mock(Notices.class);
    final NoticeSending sending = mock(NoticeSending.class);
    NoticeForm form;

    @BeforeEach
    void aCellOfThreeTwoOnTelegramMeetingOnThe5th() {
        when(members.convenedOf(7))
                .thenReturn(List.of(
                        new Member(11, 7, "Nguyễn Văn An", MemberStatus.OFFICIAL, null),
                        new Member(12, 7, "Trần Thị Bình", MemberStatus.OFFICIAL, null),
                        new Member(13, 7, "Lê Văn Cường", MemberStatus.OFFICIAL, null)));
        when(members.telegramOf(7)).thenReturn(Map.of(12L, 5012L, 13L, 5013L));
        when(meetings.lastPlace(7)).thenReturn(Optional.of("Phòng họp tầng 2"));
        when(schedules.of(7))
                .thenReturn(Optional.of(new MeetingSchedules.Schedule(7, MeetingRule.day(5), LocalTime.of(14, 0))));
        var texts = TestTexts.real();
        form = new NoticeForm(
                texts,
                new Readers(texts, TUESDAY_1_DECEMBER_10H),
                members,
                meetings,
                schedules,
                notices,
                sending,
                new NoticeMessages(texts, new ReminderTexts()),
                mock(AuditLog.class),
                mock(RoleAssignments.class),
                TUESDAY_1_DECEMBER_10H);
    }

    @Test
    void theScheduleDayTheTemplateAndWhoItReachesAreOffered() {
        FlowTester flow = FlowTester.open(form, SECRETARY);
        assertThat(flow.text()).isEqualTo("Gửi thông báo triệu tập sinh hoạt chi bộ. Đây là buổi sinh hoạt nào?");
        assertThat(flow.buttons()).doesNotContain("Diễn đàn (sinh hoạt chuyên đề của quý)");

        flow.taps("Thường kỳ (hằng tháng)");
        assertThat(flow.buttons()).as("the schedule's next day comes first").startsWith("5/12/2026");
        flow.types("30/11/2026");
        assertThat(flow.text()).startsWith("Ngày 30/11/2026 đã qua. Đồng chí gõ ngày họp sắp tới.");
        flow.taps("5/12/2026");
        assertThat(flow.buttons()).as("the schedule's time first").startsWith("14h");
        flow.taps("14h").taps("Phòng họp tầng 2");
        assertThat(flow.text()).contains("Chương trình mẫu:\n1. Thông tin thời sự");
        flow.taps("📋 Dùng chương trình mẫu");
        assertThat(flow.question()).isEqualTo("materials");
        flow.sendsPhoto("PHOTO-1");
        assertThat(flow.text()).startsWith("Bước này cần tài liệu gửi dạng tệp");
        flow.sendsDocument("FILE-1").sendsDocument("FILE-2");
        assertThat(flow.text()).contains("Đã nhận 2 tệp.");
        flow.taps("✔ Xong");

        assertThat(flow.question()).isEqualTo("summary");
        assertThat(flow.text())
                .contains("• Chi bộ: Chi bộ Văn phòng", "• Buổi sinh hoạt: Thường kỳ (hằng tháng)")
                .contains("• Địa điểm: Phòng họp tầng 2", "• Tài liệu gửi kèm: 2 tệp")
                .contains("Thông báo sẽ gửi tới 2/3 đảng viên đã tham gia chibo.")
                .contains("1 đồng chí chưa tham gia chibo, đồng chí báo trực tiếp: Nguyễn Văn An.")
                .doesNotContain("chưa đầy 24 giờ");
    }

    @Test
    void aTimeGoneTodayIsRefusedAndAMeetingWithin24HoursIsWarnedOf() {
        FlowTester flow = FlowTester.open(form, SECRETARY).taps("Chuyên đề");
        flow.types("hôm nay");
        flow.types("8h");
        assertThat(flow.text()).startsWith("8h hôm nay đã qua.");
        assertThat(flow.question()).isEqualTo("start");
        flow.types("16h30").types("Hội trường").taps("📋 Dùng chương trình mẫu").taps("Bỏ qua");

        assertThat(flow.text())
                .contains("• Tài liệu gửi kèm: không có")
                .contains("⚠️ Cuộc họp diễn ra trong chưa đầy 24 giờ.");
    }

    @Test
    void anAgendaTooLongIsRefusedWithItsLength() {
        FlowTester flow = FlowTester.open(form, SECRETARY).taps("Bất thường");
        flow.types("10/12").types("8h").types("Hội trường");
        flow.types("x".repeat(MeetingNotice.MAX_AGENDA + 1));

        assertThat(flow.text())
                .startsWith("Chương trình dài 2001 ký tự, quá 2000 ký tự cho phép. Đồng chí rút gọn giúp.\n\n");
        assertThat(flow.question()).isEqualTo("agenda");
    }

    @Test
    void savingKeepsTheNoticeAndSendsItToThoseWhoJoined() {
        MeetingNotice kept = new MeetingNotice(
                99,
                7,
                MeetingKind.MONTHLY,
                LocalDateTime.of(2026, 12, 5, 14, 0),
                "Phòng họp tầng 2",
                "agenda",
                List.of(),
                Instant.EPOCH,
                1001L);
        when(notices.create(eq(7L), eq(MeetingKind.MONTHLY), any(), anyString(), anyString(), any(), eq(1001L)))
                .thenReturn(kept);
        when(sending.send(kept, "Chi bộ Văn phòng")).thenReturn(2);
        FlowTester flow = FlowTester.open(form, SECRETARY)
                .taps("Thường kỳ (hằng tháng)")
                .taps("5/12/2026")
                .taps("14h")
                .taps("Phòng họp tầng 2")
                .taps("📋 Dùng chương trình mẫu")
                .taps("Bỏ qua")
                .taps("✅ Lưu");

        var saved = form.save(flow.saved().orElseThrow(), SECRETARY, 1001);

        assertThat(saved.text())
                .isEqualTo("✅ Đã gửi thông báo triệu tập sinh hoạt ngày 5/12/2026 tới 2/3 đảng viên đã tham gia chibo."
                        + " Trả lời của đảng viên được tổng hợp tại nút “Xem trả lời” dưới đây.");
        assertThat(saved.more())
                .singleElement()
                .satisfies(m -> assertThat(m.keyboard().toString()).contains("tb:v:99", "tb:k:99"));
        verify(notices)
                .create(
                        eq(7L),
                        eq(MeetingKind.MONTHLY),
                        eq(LocalDateTime.of(2026, 12, 5, 14, 0)),
                        eq("Phòng họp tầng 2"),
                        anyString(),
                        eq(List.of()),
                        eq(1001L));
        verify(sending).send(kept, "Chi bộ Văn phòng");
    }

    @Test
    void aBigCellsListOfMembersNotOnTelegramShowsThirtyNamesAndCountsTheRest() {
        List<Member> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            many.add(new Member(100 + i, 7, "Đảng viên " + i, MemberStatus.OFFICIAL, null));
        }
        when(members.convenedOf(7)).thenReturn(many);
        when(members.telegramOf(7)).thenReturn(Map.of());

        FlowTester flow = FlowTester.open(form, SECRETARY)
                .taps("Thường kỳ (hằng tháng)")
                .taps("5/12/2026")
                .taps("14h")
                .taps("Phòng họp tầng 2")
                .taps("📋 Dùng chương trình mẫu")
                .taps("Bỏ qua");

        assertThat(flow.text())
                .contains("Thông báo sẽ gửi tới 0/45 đảng viên đã tham gia chibo.")
                .contains("45 đồng chí chưa tham gia chibo, đồng chí báo trực tiếp: Đảng viên 1, Đảng viên 2,")
                .contains("Đảng viên 30, … và 15 đồng chí khác.")
                .doesNotContain("Đảng viên 31");
    }
}

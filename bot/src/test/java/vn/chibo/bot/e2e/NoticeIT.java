package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import vn.chibo.content.access.MemberInvitations;
import vn.chibo.content.access.Role;
import vn.chibo.content.meeting.Attendance;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.meeting.Presence;
import vn.chibo.content.meeting.StoredMeeting;
import vn.chibo.content.notice.MeetingNotice;
import vn.chibo.content.notice.Notices;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.Person;
import vn.chibo.scheduler.quartz.ReminderSchedule;
import vn.chibo.scheduler.reminder.MeetingRule;
import vn.chibo.scheduler.reminder.MeetingSchedules;

/**
 * The whole cell, from the phones: the secretary issues links, three members join (a fourth has no smartphone); she
 * sends a notice with the draft as a document; one member will attend, one is away on business, one does not answer
 * and is reminded the day before by the sweep, then gives his own reason; the meeting log opens with the absentees
 * marked and their reasons in one tap; and a member sees his own record but nothing of the cell's or another's.
 */
class NoticeIT extends EndToEndTest {

    static final Pattern LINK =
            Pattern.compile("([^\\n:]+): https://t\\.me/chibo_test_bot\\?start=(m[A-Za-z0-9_-]{22})");

    int year;
    OrgUnit cell;
    OrgUnit otherCell;
    Person an; // secretary
    Person binh;
    Person cuong;
    Person dung;
    Person giang; // a member of another cell
    Person khanh; // the committee member who follows the cell

    @BeforeEach
    void aCellOfFiveMembers() {
        year = LocalDateTime.now(clock).getYear() + 1;
        clock.moveTo(LocalDateTime.of(year, 3, 1, 9, 0));
        an = aPerson("An");
        binh = aPerson("Bình");
        cuong = aPerson("Cường");
        dung = aPerson("Dũng");
        giang = aPerson("Giang");
        khanh = aPerson("Khánh");
        OrgUnit committee = org.committee("Đảng ủy Phường " + an.id());
        cell = org.cellOf(
                committee,
                "Chi bộ Khu phố 3 " + an.id(),
                "CB KP3",
                "Nguyễn Thị An",
                "Trần Thị Bình",
                "Lê Văn Cường",
                "Phạm Văn Dũng",
                "Hoàng Văn Em");
        otherCell = org.cellOf(committee, "Chi bộ Khu phố 5 " + an.id(), "CB KP5", "Đỗ Thị Giang");
        org.give(an.id(), "Nguyễn Thị An", Role.SECRETARY, cell);
        org.give(khanh.id(), "Lê Quốc Khánh", Role.FOLLOWER, cell);
    }

    /** Issues links for every member not yet joined, as the secretary does, and returns them by name. */
    Map<String, String> linksFromTheSecretary() {
        an.sends("/moidangvien");
        tapOn(an, "Chọn đảng viên", "🔗 Tất cả đảng viên chưa tham gia (5)");
        ChatMessage summary = said(an, t -> t.startsWith("Tạo liên kết mời cho:"));
        an.taps(summary, "✅ Lưu");
        ChatMessage links = becomes(an, summary, t -> t.startsWith("🔗 Liên kết mời tham gia chibo"));
        Map<String, String> byName = new HashMap<>();
        Matcher m = LINK.matcher(links.text());
        while (m.find()) {
            byName.put(m.group(1).strip(), m.group(2));
        }
        return byName;
    }

    /** What the bot answers {@code person} to {@code text}: the one new message it sends. */
    static String answerTo(Person person, String text) {
        int before = person.fromBot().size();
        person.sends(text);
        return awaitBotMessages(person, before + 1).get(before).text();
    }

    void sweep() throws Exception {
        chibo.bean(Scheduler.class).triggerJob(JobKey.jobKey(ReminderSchedule.JOB));
    }

    @Test
    void membersJoinAnswerANoticeAndTheMeetingLogStartsFromTheirAnswers() throws Exception {
        // The secretary issues links; three members join, the same link cannot be used twice.
        Map<String, String> links = linksFromTheSecretary();
        assertThat(links)
                .containsOnlyKeys("Nguyễn Thị An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Văn Dũng", "Hoàng Văn Em");
        binh.sends("/start " + links.get("Trần Thị Bình"));
        said(binh, t -> t.startsWith("Chào đồng chí Trần Thị Bình, đảng viên " + cell.name() + "."));
        cuong.sends("/start " + links.get("Lê Văn Cường"));
        said(cuong, t -> t.startsWith("Chào đồng chí Lê Văn Cường"));
        dung.sends("/start " + links.get("Phạm Văn Dũng"));
        said(dung, t -> t.startsWith("Chào đồng chí Phạm Văn Dũng"));
        giang.sends("/start " + links.get("Trần Thị Bình"));
        said(giang, t -> t.startsWith("Liên kết này đã được dùng."));

        // The secretary sends a notice with the draft attached.
        an.sends("/thongbao");
        tapOn(an, "Đây là buổi sinh hoạt nào?", "Chuyên đề");
        said(an, t -> t.startsWith("Ngày họp?"));
        an.sends("4/3");
        said(an, t -> t.startsWith("Họp lúc mấy giờ?"));
        an.sends("14h");
        said(an, t -> t.startsWith("Địa điểm họp?"));
        an.sends("Nhà văn hóa khu phố 3");
        tapOn(an, "Chương trình sinh hoạt?", "📋 Dùng chương trình mẫu");
        said(an, t -> t.startsWith("Tài liệu gửi kèm"));
        an.sendsDocument(
                "bao-cao-de-dan.pdf", "application/pdf", "%PDF-1.4 de dan".getBytes(StandardCharsets.US_ASCII), null);
        tapOn(an, "Đã nhận 1 tệp", "✔ Xong");
        ChatMessage summary = said(an, t -> t.startsWith("📣 Thông báo triệu tập — xem lại trước khi gửi"));
        assertThat(summary.text())
                .contains(" 4/3/" + year + ", 14h\n")
                .contains("• Tài liệu gửi kèm: 1 tệp")
                .contains("1. Báo cáo đề dẫn chuyên đề.")
                .contains("Thông báo sẽ gửi tới 3/5 đảng viên đã tham gia chibo.")
                .contains("2 đồng chí chưa tham gia chibo, đồng chí báo trực tiếp: Hoàng Văn Em, Nguyễn Thị An.")
                .contains("Cấp ủy viên phụ trách chi bộ cũng nhận thông báo và tài liệu: Lê Quốc Khánh.")
                .doesNotContain("chưa đầy 24 giờ");
        an.taps(summary, "✅ Lưu");
        said(an, t -> t.startsWith("📋 Theo dõi trả lời của đảng viên"));
        assertThat(an.fromBot())
                .anyMatch(m -> m.text() != null
                        && m.text().startsWith("✅ Đã gửi thông báo triệu tập sinh hoạt ngày 4/3/" + year + " tới 3/5"));

        // Each member who joined gets the notice, then the document; the member of another cell gets nothing.
        for (Person member : List.of(binh, cuong, dung)) {
            awaitLastBotMessage(member, m -> m.file() != null);
            ChatMessage notice = member.fromBot().get(member.fromBot().size() - 2);
            assertThat(notice.text())
                    .startsWith("📣 THÔNG BÁO TRIỆU TẬP\n" + cell.name() + " triệu tập sinh hoạt chuyên đề vào thứ ")
                    .contains(" 4/3/" + year + ", 14h, tại Nhà văn hóa khu phố 3.")
                    .contains("Tài liệu của buổi sinh hoạt được gửi kèm");
            assertThat(notice.hasButton("✅ Tôi sẽ dự họp")).isTrue();
            assertThat(member.lastFromBot().file().fileName()).isEqualTo("bao-cao-de-dan.pdf");
            assertThat(member.lastFromBot().text()).isEqualTo("Tài liệu sinh hoạt chi bộ ngày 4/3/" + year);
        }
        assertThat(giang.fromBot()).hasSize(1);

        // The committee member who follows the cell is invited with the document; he does not answer for it.
        ChatMessage invited = awaitLastBotMessage(khanh, m -> m.file() != null);
        ChatMessage toKhanh = khanh.fromBot().get(khanh.fromBot().size() - 2);
        assertThat(invited.file().fileName()).isEqualTo("bao-cao-de-dan.pdf");
        assertThat(toKhanh.text()).startsWith("📣 THÔNG BÁO TRIỆU TẬP").endsWith("kính mời đồng chí dự và chỉ đạo.");
        assertThat(toKhanh.keyboard()).isEmpty();
        assertThat(answerTo(khanh, "/thongbao")).isEqualTo("Đồng chí không có quyền thực hiện thao tác này.");

        // Bình will attend; Cường is away on business; Dũng does not answer yet.
        ChatMessage toBinh = binh.fromBot().get(binh.fromBot().size() - 2);
        binh.taps(toBinh, "✅ Tôi sẽ dự họp");
        ChatMessage answered = becomes(binh, toBinh, t -> t.endsWith("✅ Đồng chí đã xác nhận dự họp."));
        assertThat(answered.hasButton("🔄 Đổi trả lời")).isTrue();
        ChatMessage toCuong = cuong.fromBot().get(cuong.fromBot().size() - 2);
        cuong.taps(toCuong, "❌ Xin vắng mặt");
        ChatMessage reasons = becomes(cuong, toCuong, t -> t.endsWith("hoặc bấm “Lý do khác” để gõ."));
        cuong.taps(reasons, "Đi công tác");
        becomes(cuong, toCuong, t -> t.endsWith("❌ Đồng chí đã xin vắng mặt. Lý do: Đi công tác."));

        // A member of another cell cannot answer it, even with the button's data forged.
        long noticeId = chibo.bean(Notices.class)
                .latest(cell.id())
                .map(MeetingNotice::id)
                .orElseThrow();
        giang.tapsRaw(giang.lastFromBot().messageId(), "tb:y:" + noticeId);
        await().atMost(PATIENCE)
                .until(() -> !telegram.answeredCallbacks(giang.id()).isEmpty());
        assertThat(telegram.answeredCallbacks(giang.id()).get(0).text())
                .isEqualTo("Thông báo này không dành cho đồng chí.");
        assertThat(chibo.bean(Notices.class).replies(noticeId)).hasSize(2);

        // The secretary sees the replies.
        ChatMessage follow = an.lastFromBot();
        an.taps(follow, "📋 Xem trả lời");
        ChatMessage replies = becomes(an, follow, t -> t.startsWith("📋 Trả lời thông báo sinh hoạt"));
        assertThat(replies.text())
                .contains("Sẽ dự: 1 · Xin vắng: 1 · Chưa trả lời: 1 · Chưa tham gia chibo: 2")
                .contains("✅ Sẽ dự họp:\n• Trần Thị Bình")
                .contains("❌ Xin vắng mặt:\n• Lê Văn Cường — Đi công tác")
                .contains("⏳ Chưa trả lời:\n• Phạm Văn Dũng")
                .contains("📵 Chưa tham gia chibo (đồng chí báo trực tiếp):\n• Hoàng Văn Em\n• Nguyễn Thị An");

        // The secretary reminds those who have not answered; a second press within 6 hours is refused.
        int beforeManual = dung.fromBot().size();
        an.taps(replies, "🔔 Nhắc người chưa trả lời");
        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(an.id()).stream()
                .anyMatch(c -> "🔔 Đã nhắc 1 đồng chí chưa trả lời.".equals(c.text())));
        said(dung, t -> t.startsWith("🔔 Nhắc: đồng chí chưa trả lời thông báo triệu tập"));
        an.taps(replies, "🔔 Nhắc người chưa trả lời");
        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(an.id()).stream()
                .anyMatch(c -> c.text() != null && c.text().startsWith("Đồng chí đã nhắc trong 6 giờ qua.")));
        assertThat(dung.fromBot()).hasSize(beforeManual + 1);

        // The day before, the sweep reminds Dũng, once; the others are left alone.
        int binhBefore = binh.fromBot().size();
        int cuongBefore = cuong.fromBot().size();
        int dungBefore = dung.fromBot().size();
        clock.moveTo(LocalDateTime.of(year, 3, 3, 15, 0));
        sweep();
        ChatMessage reminder = said(dung, t -> t.startsWith("🔔 Nhắc: đồng chí chưa trả lời thông báo triệu tập"));
        assertThat(reminder.text()).contains(" 4/3/" + year + ", 14h", cell.name());
        sweep();
        await().pollDelay(java.time.Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> true);
        assertThat(dung.fromBot()).hasSize(dungBefore + 1);
        assertThat(binh.fromBot()).hasSize(binhBefore);
        assertThat(cuong.fromBot()).hasSize(cuongBefore);

        // Dũng answers from the reminder with a reason of his own.
        dung.taps(reminder, "❌ Xin vắng mặt");
        ChatMessage dungReasons = becomes(dung, reminder, t -> t.contains("Lý do khác"));
        dung.taps(dungReasons, "✏️ Lý do khác (gõ)");
        said(dung, t -> t.startsWith("Đồng chí gõ lý do vắng mặt buổi sinh hoạt"));
        dung.sends("Chăm mẹ ốm ở bệnh viện");
        said(dung, t -> t.startsWith("❌ Đã ghi nhận đồng chí xin vắng mặt") && t.endsWith("Chăm mẹ ốm ở bệnh viện."));

        // After the meeting the secretary logs it: the absentees start marked, their reasons come in one tap.
        clock.moveTo(LocalDateTime.of(year, 3, 4, 17, 0));
        an.sends("/sinhhoat");
        tapOn(an, "Đây là buổi sinh hoạt nào?", "Chuyên đề");
        tapOn(an, "diễn ra ngày nào", "Hôm nay (4/3/" + year + ")");
        said(an, t -> t.startsWith("Bắt đầu lúc mấy giờ?"));
        an.sends("14h đến 16h30");
        said(an, t -> t.startsWith("Địa điểm sinh hoạt?"));
        an.sends("Nhà văn hóa khu phố 3");
        said(an, t -> t.startsWith("Chủ đề của buổi sinh hoạt chuyên đề?"));
        an.sends("Nêu gương, tự soi, tự sửa");
        ChatMessage rollCall = said(an, t -> t.startsWith("Điểm danh"));
        assertThat(rollCall.text())
                .contains("📨 Theo trả lời thông báo triệu tập: 1 đồng chí xác nhận dự, 2 xin vắng (đã đánh dấu ☑ sẵn),"
                        + " 0 chưa trả lời.");
        assertThat(rollCall.hasButton("☑ Lê Văn Cường")).isTrue();
        assertThat(rollCall.hasButton("☑ Phạm Văn Dũng")).isTrue();
        assertThat(rollCall.hasButton("☐ Trần Thị Bình")).isTrue();
        an.taps(rollCall, "✔ Xong");
        tapOn(an, "vắng KHÔNG có lý do", "✔ Xong");
        tapOn(
                an,
                "Lý do vắng",
                "📨 Theo trả lời thông báo — Lê Văn Cường: Đi công tác; Phạm Văn Dũng: Chăm mẹ ốm ở bệnh viện");
        tapOn(an, "Đại biểu dự", "Bỏ qua");
        tapOn(an, "chủ trì", "Nguyễn Thị An");
        tapOn(an, "thư ký", "Trần Thị Bình");
        tapOn(an, "trình bày báo cáo đề dẫn", "Nguyễn Thị An");
        said(an, t -> t.startsWith("Tham luận, ý kiến"));
        an.sends("Bình: Khu phố cần nêu gương trong giữ gìn vệ sinh chung.");
        tapOn(an, "Đã ghi 1 đoạn", "✔ Xong");
        said(an, t -> t.startsWith("Kết luận của chủ trì"));
        an.sends("Chi bộ thống nhất mỗi đảng viên đăng ký một việc làm nêu gương.");
        tapOn(an, "Kết luận của chủ trì", "✔ Xong");
        tapOn(an, "biểu quyết thông qua văn bản", "Không biểu quyết");
        tapOn(an, "Tự đánh giá", "✔ Xong");
        tapOn(an, "Biên bản đọc lại", "Cả 3 đồng chí có mặt nhất trí");
        tapOn(an, "Gửi ảnh", "Bỏ qua");
        ChatMessage meeting = said(an, t -> t.startsWith("Kiểm tra trước khi lưu:"));
        an.taps(meeting, "✅ Lưu");
        awaitLastBotMessage(an, m -> m.file() != null);
        StoredMeeting stored = chibo.bean(Meetings.class)
                .between(cell.id(), LocalDate.of(year, 3, 4), LocalDate.of(year, 3, 4))
                .get(0);
        assertThat(stored.record().attendance())
                .filteredOn(a -> a.presence() == Presence.ABSENT_EXCUSED)
                .extracting(Attendance::name, Attendance::reason)
                .containsExactlyInAnyOrder(
                        tuple("Lê Văn Cường", "Đi công tác"), tuple("Phạm Văn Dũng", "Chăm mẹ ốm ở bệnh viện"));

        // A member sees their own record, and nothing of the cell's or anyone else's.
        binh.sends("/hoso");
        ChatMessage record = said(binh, t -> t.startsWith("👤 Hồ sơ đảng viên"));
        assertThat(record.text())
                .contains("• Họ và tên: Trần Thị Bình", "• Chi bộ: " + cell.name())
                .contains("dự 1 buổi, vắng có lý do 0, vắng không lý do 0")
                .doesNotContain("Cường");
        assertThat(answerTo(binh, "/dangvien")).isEqualTo("Đồng chí không có quyền thực hiện thao tác này.");
        assertThat(answerTo(binh, "/tinhhinh"))
                .isEqualTo("Đồng chí chưa có vai trò ở chi bộ hay đảng ủy nào, nên chưa có tình hình để xem.");
        assertThat(answerTo(binh, "chi bộ nào chưa họp tháng này?")).startsWith("chibo chưa hiểu tin nhắn này.");
        // (The server keeps callbacks unordered: the refusal is looked for among Bình's answered presses.)
        binh.tapsRaw(binh.lastFromBot().messageId(), "tb:v:" + noticeId);
        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(binh.id()).stream()
                .anyMatch(a -> a.alert() && "Đồng chí không có quyền thực hiện thao tác này.".equals(a.text())));
    }

    @Test
    void aNoticeSentFromAMeetingReminderWithoutMaterialsIsFollowedByTheMaterialsReminder() throws Exception {
        String code = chibo.bean(MemberInvitations.class)
                .issue(
                        chibo.bean(Members.class).ofCell(cell.id()).stream()
                                .filter(m -> m.fullName().equals("Trần Thị Bình"))
                                .findFirst()
                                .orElseThrow(),
                        null,
                        MemberInvitations.DEFAULT_VALIDITY);
        binh.sends("/start " + code);
        said(binh, t -> t.startsWith("Chào đồng chí Trần Thị Bình"));
        chibo.bean(MeetingSchedules.class).set(cell.id(), MeetingRule.day(5), LocalTime.of(14, 0), null);

        // Three days before the meeting of 5/3, the reminder carries the notice button.
        clock.moveTo(LocalDateTime.of(year, 3, 2, 8, 0));
        sweep();
        // (The same sweep may nudge about the quarter's thematic meeting: the reminder is not necessarily the last.)
        ChatMessage reminder = arrived(an, t -> t.startsWith("📅 Nhắc lịch sinh hoạt: " + cell.name()));
        an.taps(reminder, "📣 Gửi thông báo triệu tập");
        tapOn(an, "Gửi thông báo triệu tập sinh hoạt chi bộ. Đây là buổi sinh hoạt nào?", "Thường kỳ (hằng tháng)");
        said(an, t -> t.startsWith("Địa điểm họp?"));
        an.sends("Nhà văn hóa khu phố 3");
        tapOn(an, "Chương trình sinh hoạt?", "📋 Dùng chương trình mẫu");
        tapOn(an, "Tài liệu gửi kèm", "Bỏ qua");
        ChatMessage summary = said(an, t -> t.startsWith("📣 Thông báo triệu tập — xem lại trước khi gửi"));
        assertThat(summary.text())
                .contains(" 5/3/" + year + ", 14h\n", "• Tài liệu gửi kèm: không có")
                .contains("1. Thông tin thời sự, chủ trương, nghị quyết của cấp trên.")
                .contains("Thông báo sẽ gửi tới 1/5 đảng viên đã tham gia chibo.");
        assertThat(reminder.hasButton("📣 Gửi thông báo triệu tập"))
                .as("the reminder keeps its buttons")
                .isTrue();
        an.taps(summary, "✅ Lưu");
        said(an, t -> t.startsWith("📋 Theo dõi trả lời của đảng viên"));
        ChatMessage notice = said(binh, t -> t.startsWith("📣 THÔNG BÁO TRIỆU TẬP"));
        assertThat(notice.text())
                .contains("sinh hoạt thường kỳ (hằng tháng) vào")
                .doesNotContain("Tài liệu");

        // Two days before, with no materials yet, the secretary is reminded once, and sends them from the button.
        clock.moveTo(LocalDateTime.of(year, 3, 3, 15, 0));
        sweep();
        ChatMessage missing = said(an, t -> t.startsWith("📎 Thông báo triệu tập sinh hoạt"));
        assertThat(missing.text()).contains("chưa kèm tài liệu", "trước ít nhất 1 ngày");
        int anBefore = an.fromBot().size();
        sweep();
        an.taps(missing, "📎 Gửi tài liệu");
        said(an, t -> t.startsWith("Gửi tài liệu cho buổi sinh hoạt"));
        assertThat(an.fromBot()).as("the second sweep sent nothing").hasSize(anBefore + 1);
        an.sendsDocument(
                "du-thao-nghi-quyet.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "PK du thao".getBytes(StandardCharsets.US_ASCII),
                null);
        tapOn(an, "Đã nhận 1 tệp", "✔ Xong");
        ChatMessage confirm = said(an, t -> t.startsWith("Gửi 1 tệp tài liệu cho buổi sinh hoạt"));
        an.taps(confirm, "✅ Lưu");
        said(an, t -> t.equals("✅ Đã gửi tài liệu tới 1 đảng viên đã tham gia chibo."));
        ChatMessage document = awaitLastBotMessage(binh, m -> m.file() != null);
        assertThat(document.file().fileName()).isEqualTo("du-thao-nghi-quyet.docx");
        assertThat(document.text()).isEqualTo("Tài liệu sinh hoạt chi bộ ngày 5/3/" + year);
    }
}

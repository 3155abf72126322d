package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.content.access.Role;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingSubmissions;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.Person;

/**
 * The cell's minute-taker logs a meeting from her phone; nothing is recorded until the secretary reviews it on hers
 * and saves it, which makes the minutes and tells the minute-taker. A second press, another cell's member and a
 * returned submission are handled as Telegram would deliver them.
 */
class MeetingConfirmationIT extends EndToEndTest {

    static final DateTimeFormatter D_M_YYYY = DateTimeFormatter.ofPattern("d/M/yyyy");

    @Test
    void theMinuteTakersMeetingIsRecordedOnlyWhenTheSecretaryConfirmsIt() {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
        Person an = aPerson("An");
        Person binh = aPerson("Bình");
        Person stranger = aPerson("Tâm");
        Members members = chibo.bean(Members.class);
        OrgUnit committee = org.committee("Đảng bộ Sở Xây dựng " + an.id());
        OrgUnit cell = org.cellOf(committee, "Chi bộ Kỹ thuật " + an.id(), "CB KT");
        for (String name : new String[] {"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Đỗ Thị Dung"}) {
            members.add(cell, name, MemberStatus.OFFICIAL, null);
        }
        org.give(an.id(), "Nguyễn Văn An", Role.SECRETARY, cell);
        org.give(binh.id(), "Trần Thị Bình", Role.MINUTE_TAKER, cell);
        OrgUnit other = org.cellOf(committee, "Chi bộ Khác " + an.id(), "CB K");
        org.give(stranger.id(), "Hồ Thị Tâm", Role.SECRETARY, other);

        binh.sends("/sinhhoat");
        tapOn(binh, "Ghi sinh hoạt chi bộ", "Chuyên đề");
        said(binh, t -> t.startsWith("Buổi sinh hoạt diễn ra ngày nào?"));
        binh.sends("hôm qua");
        said(binh, t -> t.startsWith("Bắt đầu lúc mấy giờ?"));
        binh.sends("14h - 16h");
        said(binh, t -> t.startsWith("Địa điểm sinh hoạt?"));
        binh.sends("Phòng họp tầng 3");
        said(binh, t -> t.startsWith("Chủ đề của buổi sinh hoạt chuyên đề?"));
        binh.sends("Học tập và làm theo Chỉ thị 05-CT/TW");
        tapOn(binh, "Điểm danh", "✔ Xong");
        said(binh, t -> t.startsWith("Đại biểu dự"));
        binh.sends("Phạm Văn Hùng, Đảng ủy viên, dự và chỉ đạo");
        tapOn(binh, "chủ trì", "Nguyễn Văn An");
        tapOn(binh, "Đồng chí nào làm thư ký?", "Trần Thị Bình");
        tapOn(binh, "trình bày báo cáo đề dẫn", "Nguyễn Văn An");
        said(binh, t -> t.startsWith("Tham luận, ý kiến"));
        binh.sends("Cường: Tham luận về nêu gương trong công việc chuyên môn.");
        tapOn(binh, "Đã ghi 1 đoạn", "✔ Xong");
        said(binh, t -> t.startsWith("Ý kiến chỉ đạo của đại biểu cấp trên"));
        binh.sends("Chi bộ gắn học tập với nhiệm vụ của phòng.");
        tapOn(binh, "Ý kiến chỉ đạo", "✔ Xong");
        said(binh, t -> t.startsWith("Kết luận của chủ trì"));
        binh.sends("Chi bộ thống nhất ban hành nghị quyết chuyên đề.");
        tapOn(binh, "Kết luận của chủ trì", "✔ Xong");
        tapOn(binh, "biểu quyết thông qua văn bản", "Có biểu quyết");
        said(binh, t -> t.startsWith("Biểu quyết nghị quyết"));
        binh.sends("4 0 0");
        tapOn(binh, "Tự đánh giá", "✔ Xong");
        tapOn(binh, "Biên bản đọc lại", "Cả 4 đồng chí có mặt nhất trí");
        said(binh, t -> t.startsWith("Gửi ảnh buổi sinh hoạt"));
        binh.sendsPhoto(new byte[] {1, 2, 3}, null);
        tapOn(binh, "Đã nhận 1 ảnh.", "✔ Xong");
        ChatMessage summary = said(binh, t -> t.startsWith("Kiểm tra trước khi lưu:"));
        assertThat(summary.text())
                .endsWith("Bấm “Lưu” để gửi bí thư, phó bí thư xác nhận; biên bản được lập khi bí"
                        + " thư xác nhận. Bấm nút ✏️ để sửa.");
        binh.taps(summary, "✅ Lưu");
        becomes(
                binh,
                summary,
                t -> t.startsWith("📨 Đã gửi buổi sinh hoạt Chuyên đề ngày " + yesterday.format(D_M_YYYY)
                        + " để bí thư, phó bí thư xác nhận."));
        assertThat(chibo.bean(Meetings.class).recent(cell.id(), 10))
                .as("nothing is recorded before the secretary confirms")
                .isEmpty();
        assertThat(binh.fromBot()).noneMatch(m -> m.file() != null);

        ChatMessage request = arrived(
                an,
                t -> t.startsWith("📝 Đồng chí Trần Thị Bình (thư ký chi bộ) đã ghi buổi" + " sinh hoạt Chuyên đề ngày "
                        + yesterday.format(D_M_YYYY) + " của " + cell.name()));
        int strangerPresses = telegram.answeredCallbacks(stranger.id()).size();
        stranger.tapsRaw(
                request.messageId(), request.button("📋 Xem và xác nhận").callbackData());
        await().atMost(PATIENCE)
                .until(() -> telegram.answeredCallbacks(stranger.id()).size() > strangerPresses);
        assertThat(stranger.fromBot())
                .as("another cell's secretary sees nothing of it")
                .isEmpty();

        an.taps(request, "📋 Xem và xác nhận");
        ChatMessage review = said(an, t -> t.startsWith("Kiểm tra trước khi lưu:"));
        assertThat(review.text())
                .contains("• Loại: Chuyên đề")
                .contains("• Địa điểm: Phòng họp tầng 3")
                .endsWith("Bấm “Lưu” để lưu và nhận biên bản, hoặc bấm nút ✏️ để sửa.");
        an.taps(review, "✏️ Địa điểm");
        said(an, t -> t.startsWith("Địa điểm sinh hoạt?"));
        an.sends("Hội trường Sở Xây dựng");
        ChatMessage edited = said(an, t -> t.startsWith("Kiểm tra trước khi lưu:") && t.contains("Hội trường"));
        an.taps(edited, "✅ Lưu");
        becomes(an, edited, t -> t.startsWith("Đã lưu buổi sinh hoạt Chuyên đề ngày " + yesterday.format(D_M_YYYY)));
        awaitLastBotMessage(an, m -> m.file() != null);
        arrived(
                binh,
                t -> t.equals("✅ Đồng chí Nguyễn Văn An đã xác nhận buổi sinh hoạt Chuyên đề ngày "
                        + yesterday.format(D_M_YYYY) + " do đồng chí ghi; biên bản đã được lập."));
        assertThat(chibo.bean(Meetings.class).recent(cell.id(), 10))
                .singleElement()
                .satisfies(m -> assertThat(m.record().place()).isEqualTo("Hội trường Sở Xây dựng"));
        assertThat(chibo.bean(JdbcClient.class)
                        .sql("SELECT recorded_by FROM meeting WHERE cell_id = ?")
                        .param(cell.id())
                        .query(Long.class)
                        .single())
                .as("recorded by the secretary who confirmed it")
                .isEqualTo(an.id());

        int pressed = telegram.answeredCallbacks(an.id()).size();
        an.taps(request, "📋 Xem và xác nhận");
        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(an.id()).stream()
                .anyMatch(c -> "Buổi sinh hoạt này đã được xác nhận hoặc trả lại rồi.".equals(c.text())));
        assertThat(telegram.answeredCallbacks(an.id())).hasSizeGreaterThan(pressed);

        // A second submission, returned: nothing recorded, the minute-taker told.
        long second = chibo.bean(MeetingSubmissions.class)
                .submit(cell.id(), MeetingKind.MONTHLY, yesterday, binh.id(), "Trần Thị Bình", "{\"values\":{}}")
                .id();
        an.tapsRaw(request.messageId(), "ms:r:" + second);
        arrived(binh, t -> t.startsWith("↩️ Đồng chí Nguyễn Văn An đã trả lại buổi sinh hoạt Thường kỳ (hằng tháng)"));
        assertThat(chibo.bean(Meetings.class).recent(cell.id(), 10)).hasSize(1);

        binh.sends("/lichsu");
        said(binh, t -> t.startsWith("Chỉ bí thư hoặc phó bí thư đang làm việc cho một chi bộ mới xem, sửa được"));
    }
}

package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.content.access.Role;
import vn.chibo.content.meeting.Attendance;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.meeting.Presence;
import vn.chibo.content.meeting.Votes;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.Person;

/** A secretary logs meetings from the phone, by buttons and text, and gets the minutes back. */
class MeetingIT extends EndToEndTest {

    static final DateTimeFormatter D_M_YYYY = DateTimeFormatter.ofPattern("d/M/yyyy");
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    Person an;
    OrgUnit cell;
    List<Member> people;

    @BeforeEach
    void aCellOfSixWithItsSecretary() {
        an = aPerson("An");
        Members members = chibo.bean(Members.class);
        OrgUnit committee = org.committee("Đảng bộ Sở Tư pháp " + an.id());
        cell = org.cellOf(committee, "Chi bộ Văn phòng " + an.id(), "CB VP");
        people = List.of(
                members.add(cell, "Nguyễn Văn An", MemberStatus.OFFICIAL, null),
                members.add(cell, "Phạm Thị Hoa", MemberStatus.OFFICIAL, null),
                members.add(cell, "Hoàng Văn Nam", MemberStatus.PROBATIONARY, null),
                members.add(cell, "Vũ Thị Lan", MemberStatus.EXEMPT, null),
                members.add(cell, "Đặng Quốc Huy", MemberStatus.OFFICIAL, null),
                members.add(cell, "Hồ Văn Sáu", MemberStatus.OFFICIAL, null));
        org.give(an.id(), "Nguyễn Văn An", Role.SECRETARY, cell);
    }

    ChatMessage last(Predicate<String> text) {
        return said(an, text);
    }

    void tap(String label) {
        tap("", label);
    }

    /** Waits, as a person would, for the question containing {@code prompt}, then taps {@code label} on it. */
    void tap(String prompt, String label) {
        tapOn(an, prompt, label);
    }

    @Test
    void aThematicMeetingLoggedByButtonsAndTextComesBackAsMinutes() throws Exception {
        an.sends("/sinhhoat");
        tap("Chuyên đề");
        last(t -> t.startsWith("Buổi sinh hoạt diễn ra ngày nào?"));

        an.sends("31/4/2026");
        last(t -> t.startsWith("Ngày “31/4/2026” không có trên lịch."));
        an.sends(TODAY.plusDays(1).format(D_M_YYYY));
        last(t -> t.startsWith("Ngày " + TODAY.plusDays(1).format(D_M_YYYY) + " chưa tới."));
        an.sends("hôm qua");
        last(t -> t.startsWith("Bắt đầu lúc mấy giờ?"));
        an.sends("14h");
        last(t -> t.startsWith("Kết thúc lúc mấy giờ? (bắt đầu lúc 14h)"));
        an.sends("13h30");
        last(t -> t.startsWith("Giờ kết thúc (13h30) phải sau giờ bắt đầu (14h)."));
        an.sends("15h");
        last(t -> t.startsWith("Địa điểm sinh hoạt?"));
        an.sends("Phòng họp tầng 2");
        last(t -> t.startsWith("Chủ đề của buổi sinh hoạt chuyên đề?"));
        an.sends("Học tập Kết luận số 01-KL/TW và KL 01; làm theo Chỉ thị 05-CT/TW");

        ChatMessage roll = last(t -> t.startsWith("Điểm danh"));
        assertThat(roll.hasButton("☑ Vũ Thị Lan (miễn sinh hoạt)"))
                .as("an exempt member starts as not attending")
                .isTrue();
        tap("Điểm danh", "☐ Hồ Văn Sáu");
        tap("Điểm danh", "✔ Xong");
        ChatMessage unexcused = last(t -> t.contains("vắng KHÔNG có lý do"));
        assertThat(unexcused.hasButton("☐ Vũ Thị Lan"))
                .as("an exempt member is never unexcused")
                .isFalse();
        an.taps(unexcused, "☐ Hồ Văn Sáu");
        tap("vắng KHÔNG có lý do", "✔ Xong");
        last(t -> t.startsWith("Đại biểu dự"));
        an.sends("Trần Thị Bình, Phó Bí thư Đảng ủy, dự và chỉ đạo");
        tap("chủ trì", "Nguyễn Văn An");
        ChatMessage minuteTaker = last(t -> t.startsWith("Đồng chí nào làm thư ký?"));
        assertThat(minuteTaker.hasButton("Hồ Văn Sáu"))
                .as("an absentee cannot take the minutes")
                .isFalse();
        assertThat(minuteTaker.hasButton("Nguyễn Văn An"))
                .as("the chair does not also take the minutes")
                .isFalse();
        an.taps(minuteTaker, "Phạm Thị Hoa");
        tap("trình bày báo cáo đề dẫn", "Nguyễn Văn An");
        last(t -> t.startsWith("Tham luận, ý kiến"));
        an.sends("Một ý kiến không ghi ai nói");
        last(t -> t.startsWith("Đồng chí gõ theo mẫu “Tên người phát biểu: nội dung”"));
        an.sends("Hoa: Tham luận về trách nhiệm nêu gương của đảng viên.");
        last(t -> t.contains("Đã ghi 1 đoạn."));
        an.sends("đ/c Nam: Đề nghị tổ chức học tập theo nhóm.");
        last(t -> t.contains("Đã ghi 2 đoạn."));
        tap("Đã ghi 2 đoạn", "✔ Xong");
        last(t -> t.startsWith("Ý kiến chỉ đạo của đại biểu cấp trên"));
        an.sends("Chi bộ cần gắn học tập với nhiệm vụ chính trị của cơ quan.");
        tap("Ý kiến chỉ đạo", "✔ Xong");
        last(t -> t.startsWith("Kết luận của chủ trì"));
        an.sends("Chi bộ thống nhất ban hành nghị quyết chuyên đề.");
        tap("Kết luận của chủ trì", "✔ Xong");
        tap("biểu quyết thông qua văn bản", "Có biểu quyết");
        last(t -> t.startsWith("Biểu quyết nghị quyết"));
        an.sends("9 0 1");
        last(t -> t.startsWith("Tổng số phiếu (10) nhiều hơn số đảng viên chính thức có mặt (3)."));
        an.sends("3 0 0");
        tap("Tự đánh giá", "✔ Xong");
        tap("Biên bản đọc lại", "Cả 4 đồng chí có mặt nhất trí");
        last(t -> t.startsWith("Gửi ảnh buổi sinh hoạt"));
        an.sendsPhoto(new byte[] {1, 2, 3}, null);
        tap("Đã nhận 1 ảnh.", "✔ Xong");

        ChatMessage summary = last(t -> t.startsWith("Kiểm tra trước khi lưu:"));
        assertThat(summary.text())
                .contains("• Loại: Chuyên đề")
                .contains("• Thời gian: ngày " + TODAY.minusDays(1).format(D_M_YYYY) + ", từ 14h đến 15h")
                .contains("• Văn bản: 01-KL/TW; 05-CT/TW")
                .contains(
                        "• Đảng viên: 6; có mặt 4; vắng: Hồ Văn Sáu, Vũ Thị Lan (miễn sinh hoạt); trong đó không lý do: Hồ Văn Sáu")
                .contains("• Ý kiến phát biểu: 2 ý kiến của 2 đồng chí")
                .contains("✅ Nghị quyết được thông qua: 3 tán thành, quá nửa số 4 đảng viên chính thức được triệu tập.")
                .contains("⚠️ Thời lượng 60 phút, ngắn hơn 90 phút theo quy định.")
                .contains("Chất lượng (tự tính theo khung Hướng dẫn 42-HD/BTCTW):");

        an.taps(summary, "✏️ Địa điểm");
        last(t -> t.startsWith("Địa điểm sinh hoạt?"));
        an.sends("Hội trường Sở Tư pháp");
        ChatMessage edited = last(t -> t.startsWith("Kiểm tra trước khi lưu:") && t.contains("Hội trường"));
        assertThat(edited.text()).contains("• Địa điểm: Hội trường Sở Tư pháp").contains("• Loại: Chuyên đề");

        an.taps(edited, "✅ Lưu");
        becomes(
                an,
                edited,
                t -> t.startsWith("Đã lưu buổi sinh hoạt Chuyên đề ngày "
                        + TODAY.minusDays(1).format(D_M_YYYY)));
        ChatMessage document = awaitLastBotMessage(an, m -> m.file() != null);
        an.taps(edited, "✅ Lưu");
        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(an.id()).stream()
                .anyMatch(c -> c.text() != null && c.text().startsWith("Nút này")));

        assertThat(chibo.bean(Meetings.class).recent(cell.id(), 10))
                .as("saved once, though Lưu was pressed twice")
                .hasSize(1);
        assertThat(document.file().fileName())
                .isEqualTo("Bien-ban-Sinh-hoat-chuyen-de-thang-"
                        + TODAY.minusDays(1).getMonthValue() + "-nam-"
                        + TODAY.minusDays(1).getYear() + ".docx");
        assertThat(an.fromBot())
                .as("a thematic meeting adopts no monthly resolution: only the minutes are sent")
                .filteredOn(m -> m.file() != null)
                .hasSize(1);
        String minutes = text(document.file().content());
        assertThat(minutes)
                .contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BIÊN BẢN", "CHI BỘ VĂN PHÒNG " + an.id())
                .contains("tại Hội trường Sở Tư pháp")
                .contains("- Đồng chí Hồ Văn Sáu: vắng không có lý do.")
                .contains("Đảng viên được miễn sinh hoạt, không dự: Vũ Thị Lan.")
                .contains("Số đảng viên được triệu tập: 5 đồng chí.")
                .contains("Chủ trì: đồng chí Nguyễn Văn An.", "Thư ký: đồng chí Phạm Thị Hoa.")
                .contains("Báo cáo đề dẫn: đồng chí Nguyễn Văn An trình bày.")
                .contains("Đồng chí Phạm Thị Hoa phát biểu: Tham luận về trách nhiệm nêu gương của đảng viên.")
                .contains("Đồng chí Hoàng Văn Nam phát biểu: Đề nghị tổ chức học tập theo nhóm.")
                .contains("Đại biểu cấp trên phát biểu chỉ đạo: Chi bộ cần gắn học tập với nhiệm vụ chính trị")
                .contains("nghị quyết được thông qua")
                .contains("được 4/4 đồng chí có mặt nhất trí thông qua");
    }

    @Test
    void answeredQuestionsKeepTheirAnswerAndLoseTheirButtons() {
        an.sends("/sinhhoat");
        tap("Đây là buổi sinh hoạt nào?", "Chuyên đề");
        last(t -> t.startsWith("Buổi sinh hoạt diễn ra ngày nào?"));
        an.sends("31/4/2026");
        last(t -> t.startsWith("Ngày “31/4/2026” không có trên lịch."));
        an.sends("hôm qua");
        last(t -> t.startsWith("Bắt đầu lúc mấy giờ?"));
        an.sends("14h");
        last(t -> t.startsWith("Kết thúc lúc mấy giờ?"));

        String yesterday = TODAY.minusDays(1).format(D_M_YYYY);
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<ChatMessage> form = an.fromBot();
            assertThat(form)
                    .as("every question but the last has lost its buttons")
                    .filteredOn(m -> !m.keyboard().isEmpty())
                    .extracting(ChatMessage::text)
                    .singleElement(InstanceOfAssertFactories.STRING)
                    .startsWith("Kết thúc lúc mấy giờ?");
            assertThat(form)
                    .extracting(ChatMessage::text)
                    .as("each answered question keeps what was chosen or typed, in order")
                    .containsSubsequence(
                            "Ghi sinh hoạt chi bộ. Đây là buổi sinh hoạt nào?\n✓ Chuyên đề",
                            "Buổi sinh hoạt diễn ra ngày nào?\n✓ " + yesterday,
                            "Bắt đầu lúc mấy giờ?\n✓ 14h");
        });
        assertThat(an.fromBot())
                .as("the refused date is answered by a new question; the first one is only stripped of its buttons")
                .anyMatch(m -> m.text().startsWith("Buổi sinh hoạt diễn ra ngày nào? Bấm nút")
                        && m.keyboard().isEmpty());

        tap("Kết thúc lúc mấy giờ?", "✖ Hủy");
        last(t -> t.startsWith("Đã hủy"));
        assertThat(an.fromBot()).allMatch(m -> m.keyboard().isEmpty());
    }

    @Test
    void backAndCancelLeaveNothingSaved() {
        an.sends("/sinhhoat");
        tap("Thường kỳ (hằng tháng)");
        tap("Hôm qua (" + TODAY.minusDays(1).format(D_M_YYYY) + ")");
        last(t -> t.startsWith("Bắt đầu lúc mấy giờ?"));
        tap("« Quay lại");
        last(t -> t.startsWith("Buổi sinh hoạt diễn ra ngày nào?"));
        tap("« Quay lại");
        last(t -> t.startsWith("Ghi sinh hoạt chi bộ. Đây là buổi sinh hoạt nào?"));

        an.sends("/huy");

        last(t -> t.equals("Đã hủy thao tác đang làm. Không có gì được lưu."));
        assertThat(chibo.bean(Meetings.class).recent(cell.id(), 10)).isEmpty();
    }

    @Test
    void aSecondMonthlyMeetingAsksFirstAndRepeatedAbsenceIsFlagged() {
        Meetings meetings = chibo.bean(Meetings.class);
        Member sau = people.get(5);
        LocalDate earlier = YearMonth.from(TODAY).minusMonths(2).atDay(10);
        meetings.record(
                new MeetingRecord(
                        cell.id(),
                        MeetingKind.MONTHLY,
                        earlier,
                        java.time.LocalTime.of(14, 0),
                        java.time.LocalTime.of(16, 0),
                        "Phòng họp",
                        null,
                        List.of(),
                        List.of(new Attendance(sau.id(), sau.fullName(), sau.status(), Presence.ABSENT_UNEXCUSED)),
                        null,
                        people.get(0).id(),
                        people.get(1).id(),
                        null,
                        "a",
                        "b",
                        "c",
                        "d",
                        new Votes(1, 0, 0),
                        List.of()),
                null,
                1L);
        meetings.record(
                new MeetingRecord(
                        cell.id(),
                        MeetingKind.MONTHLY,
                        TODAY.withDayOfMonth(1),
                        java.time.LocalTime.of(14, 0),
                        java.time.LocalTime.of(16, 0),
                        "Phòng họp",
                        null,
                        List.of(),
                        List.of(),
                        null,
                        people.get(0).id(),
                        people.get(1).id(),
                        null,
                        "a",
                        "b",
                        "c",
                        "d",
                        new Votes(1, 0, 0),
                        List.of()),
                null,
                1L);

        an.sends("/sinhhoat");
        tap("Thường kỳ (hằng tháng)");
        tap("Hôm nay (" + TODAY.format(D_M_YYYY) + ")");
        ChatMessage ask = last(t -> t.startsWith("Tháng " + TODAY.getMonthValue() + "/" + TODAY.getYear()
                + " chi bộ đã ghi một buổi sinh hoạt thường kỳ."));
        an.taps(ask, "Có, ghi thêm");
        // Held today: it began at midnight, so that it has begun whatever the hour the test runs at.
        last(t -> t.startsWith("Bắt đầu lúc"));
        an.sends("0h");
        last(t -> t.startsWith("Kết thúc lúc mấy giờ?"));
        an.sends("2h");
        tap("Địa điểm", "Phòng họp");
        tap("Điểm danh", "☐ Hồ Văn Sáu");
        tap("Điểm danh", "✔ Xong");
        tap("vắng KHÔNG có lý do", "☐ Hồ Văn Sáu");
        tap("vắng KHÔNG có lý do", "✔ Xong");
        tap("Đại biểu dự", "Bỏ qua");
        tap("chủ trì", "Nguyễn Văn An");
        tap("thư ký", "Phạm Thị Hoa");
        tap("Thông tin thời sự", "Bỏ qua");
        tap("Học tập và làm theo", "Bỏ qua");
        ChatMessage review = last(t -> t.startsWith("Kiểm điểm nghị quyết tháng trước"));
        assertThat(review.hasButton("☐ c"))
                .as("the tasks the last monthly meeting set, to review")
                .isTrue();
        an.taps(review, "✔ Xong");
        restOfAMonthlyMeeting("Cả 3 đồng chí tán thành", "Cả 4 đồng chí có mặt nhất trí");

        ChatMessage summary = last(t -> t.startsWith("Kiểm tra trước khi lưu:"));
        assertThat(summary.text())
                .contains("⚠️ Đồng chí Hồ Văn Sáu đã vắng không lý do 2 tháng trong 12 tháng qua")
                .contains("thêm một lần nữa là 3 tháng.")
                .contains("✅ Thời lượng 120 phút.");
    }

    @Test
    void withTidyingOnOnlyTheSavedNoticeAndTheMinutesStayInTheChat() {
        an.sends("/caidat");
        ChatMessage settings = last(t -> t.startsWith("⚙️ Cài đặt riêng") && t.contains("TẮT"));
        an.taps(settings, "🧹 Bật xóa tin nhắn sau khi lưu");
        last(t -> t.startsWith("⚙️ Cài đặt riêng") && t.contains("BẬT"));
        int before = an.chat().size();

        an.sends("/sinhhoat");
        tap("Thường kỳ (hằng tháng)");
        tap("Hôm qua (" + TODAY.minusDays(1).format(D_M_YYYY) + ")");
        last(t -> t.startsWith("Bắt đầu lúc mấy giờ?"));
        an.sends("14h");
        last(t -> t.startsWith("Kết thúc lúc mấy giờ?"));
        an.sends("16h");
        last(t -> t.startsWith("Địa điểm sinh hoạt?"));
        an.sends("Phòng họp B");
        tap("Điểm danh", "✔ Xong");
        tap("Đại biểu dự", "Bỏ qua");
        tap("chủ trì", "Nguyễn Văn An");
        tap("thư ký", "Phạm Thị Hoa");
        tap("Thông tin thời sự", "Bỏ qua");
        tap("Học tập và làm theo", "Bỏ qua");
        restOfAMonthlyMeeting("Cả 4 đồng chí tán thành", "Cả 5 đồng chí có mặt nhất trí");
        ChatMessage summary = last(t -> t.startsWith("Kiểm tra trước khi lưu:"));
        assertThat(an.chat().size() - before).as("the wizard filled the chat").isGreaterThan(15);
        an.taps(summary, "✅ Lưu");

        ChatMessage document = awaitLastBotMessage(
                an, m -> m.file() != null && m.file().fileName().startsWith("Nghi-quyet"));
        await().atMost(PATIENCE).until(() -> an.chat().size() == before + 3);
        List<ChatMessage> left = an.chat().subList(before, before + 3);
        assertThat(left.get(0).messageId()).isEqualTo(summary.messageId());
        assertThat(left.get(0).text()).startsWith("Đã lưu buổi sinh hoạt Thường kỳ (hằng tháng)");
        assertThat(left.get(1).file().fileName()).startsWith("Bien-ban-Sinh-hoat-chi-bo-thuong-ky");
        assertThat(left.get(2).messageId()).isEqualTo(document.messageId());
        assertThat(an.chat().subList(0, before))
                .as("what came before the meeting stays")
                .anyMatch(m -> m.messageId() == settings.messageId());
        assertThat(chibo.bean(Meetings.class).recent(cell.id(), 10)).hasSize(1);
    }

    @Test
    void historyOpensAMeetingSendsItsMinutesAndDeletesWithConfirmation() throws Exception {
        chibo.bean(Meetings.class)
                .record(
                        new MeetingRecord(
                                cell.id(),
                                MeetingKind.MONTHLY,
                                TODAY.minusDays(3),
                                java.time.LocalTime.of(14, 0),
                                java.time.LocalTime.of(16, 0),
                                "Phòng họp A",
                                null,
                                List.of(),
                                people.stream()
                                        .map(p -> new Attendance(p.id(), p.fullName(), p.status(), Presence.PRESENT))
                                        .toList(),
                                null,
                                people.get(0).id(),
                                people.get(1).id(),
                                null,
                                "Kết quả tốt",
                                "Quyết định",
                                "Nhiệm vụ",
                                "Kết luận",
                                new Votes(4, 0, 0),
                                List.of()),
                        null,
                        1L);

        an.sends("/lichsu");
        String item = TODAY.minusDays(3).format(D_M_YYYY) + " — Thường kỳ (hằng tháng)";
        tap(item);
        ChatMessage opened = last(t -> t.startsWith("Thường kỳ (hằng tháng), ngày"));
        an.taps(opened, "« Danh sách buổi sinh hoạt");
        ChatMessage list = becomes(an, opened, t -> t.startsWith("Các buổi sinh hoạt gần đây của"));
        assertThat(list.hasButton(item)).as("back to the list, in place").isTrue();
        an.taps(list, item);
        ChatMessage details = becomes(an, opened, t -> t.startsWith("Thường kỳ (hằng tháng), ngày"));
        assertThat(details.text()).contains("Địa điểm: Phòng họp A", "Đảng viên: 6; có mặt 6; vắng: không có");
        an.taps(details, "📄 Tải biên bản");
        ChatMessage resolution = awaitLastBotMessage(
                an, m -> m.file() != null && m.file().fileName().startsWith("Nghi-quyet"));
        ChatMessage document = an.fromBot().stream()
                .filter(m -> m.file() != null && m.file().fileName().startsWith("Bien-ban"))
                .findFirst()
                .orElseThrow();
        assertThat(text(document.file().content())).contains("Có mặt: 6/6 đồng chí", "Vắng mặt: không.");
        assertThat(text(resolution.file().content()))
                .as("a meeting recorded before the 2025 form has no number: dots to fill in")
                .contains("Số ......-NQ/CB", "CHI BỘ QUYẾT NGHỊ:", "T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn An");

        long id = chibo.bean(Meetings.class).recent(cell.id(), 10).get(0).id();
        int answeredBefore = telegram.answeredCallbacks(an.id()).size();
        an.tapsRaw(details.messageId(), "h:" + id + ":X");
        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(an.id()).size() > answeredBefore);
        assertThat(chibo.bean(Meetings.class).find(id))
                .as("no deletion without its confirmation question")
                .isPresent();

        an.taps(details, "🗑 Xóa");
        await().atMost(PATIENCE).until(() -> an.chat().stream()
                .anyMatch(m -> m.messageId() == details.messageId() && m.text().startsWith("Xóa buổi")));
        ChatMessage confirm = an.chat().stream()
                .filter(m -> m.messageId() == details.messageId())
                .findFirst()
                .orElseThrow();
        an.taps(confirm, "🗑 Xóa");
        await().atMost(PATIENCE).until(() -> an.chat().stream()
                .anyMatch(m -> m.messageId() == details.messageId() && m.text().startsWith("Đã xóa")));
        assertThat(chibo.bean(Meetings.class).recent(cell.id(), 10)).isEmpty();
        assertThat(chibo.bean(JdbcClient.class)
                        .sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'meeting.deleted'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aForgedHistoryButtonForAnotherCellsMeetingGetsNothing() {
        OrgUnit other = org.cellOf(org.committee("Đảng bộ khác " + an.id()), "Chi bộ khác", "CB khác");
        Member stranger = chibo.bean(Members.class).add(other, "Lý Văn Phúc", MemberStatus.OFFICIAL, null);
        long theirs = chibo.bean(Meetings.class)
                .record(
                        new MeetingRecord(
                                other.id(),
                                MeetingKind.MONTHLY,
                                TODAY.minusDays(1),
                                java.time.LocalTime.of(14, 0),
                                java.time.LocalTime.of(16, 0),
                                "Nơi khác",
                                null,
                                List.of(),
                                List.of(new Attendance(
                                        stranger.id(), stranger.fullName(), stranger.status(), Presence.PRESENT)),
                                null,
                                stranger.id(),
                                stranger.id(),
                                null,
                                "bí mật",
                                "bí mật",
                                "bí mật",
                                "bí mật",
                                new Votes(1, 0, 0),
                                List.of()),
                        null,
                        1L);
        an.sends("/start");
        ChatMessage menu = awaitBotMessages(an, 1).get(0);

        an.tapsRaw(menu.messageId(), "h:" + theirs);
        an.tapsRaw(menu.messageId(), "h:" + theirs + ":d");
        an.tapsRaw(menu.messageId(), "h:" + theirs + ":X");

        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(an.id()).size() == 3);
        assertThat(an.fromBot()).allSatisfy(m -> assertThat(m.file()).isNull());
        assertThat(an.fromBot())
                .extracting(ChatMessage::text)
                .noneMatch(t -> t.contains("bí mật") || t.contains("Nơi khác"));
        assertThat(chibo.bean(Meetings.class).find(theirs)).isPresent();
    }

    /**
     * From the month's results on, a monthly meeting with one line where a line is needed, every optional part
     * skipped, the vote and the minutes' approval by their ready buttons, and no photos.
     */
    void restOfAMonthlyMeeting(String votes, String approval) {
        last(t -> t.startsWith("Kết quả thực hiện nhiệm vụ tháng qua"));
        an.sends("Hoàn thành nhiệm vụ tháng qua");
        tap("Đã ghi 1 đoạn", "✔ Xong");
        last(t -> t.startsWith("Ý kiến phát biểu"));
        an.sends("Hoa: Nhất trí với báo cáo");
        tap("Đã ghi 1 đoạn", "✔ Xong");
        for (String section : List.of("Các vấn đề", "Nhiệm vụ")) {
            last(t -> t.startsWith(section));
            an.sends("Nội dung " + section);
            tap("Đã ghi 1 đoạn", "✔ Xong");
        }
        tap("Công tác khác", "Bỏ qua");
        last(t -> t.startsWith("Kết luận"));
        an.sends("Nội dung kết luận");
        tap("Đã ghi 1 đoạn", "✔ Xong");
        tap("Biểu quyết", votes);
        ChatMessage number = last(t -> t.startsWith("Số nghị quyết của chi bộ"));
        an.taps(number, number.keyboard().get(0).get(0).text());
        tap("Tự đánh giá", "✔ Xong");
        tap("Biên bản đọc lại", approval);
        tap("Gửi ảnh", "Bỏ qua");
    }

    private static String text(byte[] docx) throws Exception {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}

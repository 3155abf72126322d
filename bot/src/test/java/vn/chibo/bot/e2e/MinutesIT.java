package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.content.access.Role;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.meeting.Votes;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.Person;

/**
 * The 2025 minutes (Hướng dẫn 42-HD/BTCTW) as a secretary logs them from the phone: a monthly meeting that reviews last
 * month's resolution and comes back as its biên bản and nghị quyết, and a forum held as the quarter's thematic meeting.
 * Both documents are opened with POI and checked for page, fonts, sections, named opinions, counts and diacritics.
 */
class MinutesIT extends EndToEndTest {

    static final DateTimeFormatter D_M_YYYY = DateTimeFormatter.ofPattern("d/M/yyyy");
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final LocalDate YESTERDAY = TODAY.minusDays(1);

    Person an;
    OrgUnit cell;
    List<Member> people;

    @BeforeEach
    void aCellOfSixUnderACommitteeDatedFromNinhBinh() {
        an = aPerson("An");
        Members members = chibo.bean(Members.class);
        OrgUnit committee = org.committee("Đảng bộ Sở Tư pháp " + an.id());
        chibo.bean(OrgUnits.class).setLocality(committee.id(), "Ninh Bình");
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

    void tap(String prompt, String label) {
        tapOn(an, prompt, label);
    }

    ChatMessage asked(String start) {
        return said(an, t -> t.startsWith(start));
    }

    @Test
    void aMonthlyMeetingReviewsLastMonthAndComesBackAsMinutesAndResolution() throws Exception {
        YearMonth month = YearMonth.from(YESTERDAY);
        chibo.bean(Meetings.class)
                .record(
                        new MeetingRecord(
                                cell.id(),
                                MeetingKind.MONTHLY,
                                month.minusMonths(1).atDay(10),
                                LocalTime.of(14, 0),
                                LocalTime.of(16, 0),
                                "Phòng họp",
                                null,
                                List.of(),
                                List.of(),
                                null,
                                people.get(0).id(),
                                people.get(1).id(),
                                null,
                                "Kết quả",
                                "Quyết định",
                                "Nộp báo cáo quý — đồng chí Hoa\nKết nạp quần chúng ưu tú — đồng chí An",
                                "Kết luận",
                                new Votes(3, 0, 0),
                                List.of()),
                        null,
                        1L);

        an.sends("/sinhhoat");
        tap("Đây là buổi sinh hoạt nào?", "Thường kỳ (hằng tháng)");
        tap("diễn ra ngày nào", "Hôm qua (" + YESTERDAY.format(D_M_YYYY) + ")");
        asked("Bắt đầu lúc mấy giờ?");
        an.sends("14h - 16h30");
        asked("Địa điểm sinh hoạt?");
        an.sends("Phòng họp tầng 2, Sở Tư pháp");
        tap("Điểm danh", "☐ Đặng Quốc Huy");
        tap("Điểm danh", "✔ Xong");
        tap("vắng KHÔNG có lý do", "✔ Xong");
        asked("Lý do vắng của các đồng chí vắng có lý do (Đặng Quốc Huy)");
        an.sends("Huy: đi công tác tại Hà Nội");
        asked("Đại biểu dự");
        an.sends("Trần Thị Bình, Phó Bí thư Đảng ủy");
        tap("chủ trì", "Nguyễn Văn An");
        tap("thư ký", "Phạm Thị Hoa");
        asked("Thông tin thời sự");
        an.sends("Quán triệt Kết luận 01-KL/TW về học tập và làm theo tư tưởng Hồ Chí Minh.");
        tap("Thông tin thời sự", "✔ Xong");
        tap("Học tập và làm theo", "Bỏ qua");
        tap("Kiểm điểm nghị quyết tháng trước", "☐ Nộp báo cáo quý — đồng chí Hoa");
        tap("Kiểm điểm nghị quyết tháng trước", "✔ Xong");
        asked("Kết quả thực hiện nhiệm vụ tháng qua");
        an.sends("Hoàn thành 100% chỉ tiêu chuyên môn.");
        tap("Đã ghi 1 đoạn", "✔ Xong");
        asked("Ý kiến phát biểu");
        an.sends("Hoa: Đề nghị tăng cường kiểm tra việc thực hiện quy chế.");
        said(an, t -> t.contains("Đã ghi 1 đoạn."));
        an.sends("Sáu: Xin nhận nhiệm vụ rà soát hồ sơ đảng viên.");
        tap("Đã ghi 2 đoạn", "✔ Xong");
        asked("Ý kiến chỉ đạo của đại biểu cấp trên");
        an.sends("Chi bộ cần gắn sinh hoạt với nhiệm vụ chính trị của cơ quan.");
        tap("Ý kiến chỉ đạo", "✔ Xong");
        asked("Các vấn đề chi bộ thảo luận");
        an.sends("Thống nhất phân công đảng viên phụ trách địa bàn dân cư.");
        tap("Các vấn đề chi bộ thảo luận", "✔ Xong");
        asked("Nhiệm vụ tháng tới");
        an.sends("Chuẩn bị tổng kết năm — đồng chí Hoa");
        said(an, t -> t.contains("Đã ghi 1 đoạn."));
        an.sends("Kết nạp quần chúng ưu tú — đồng chí An");
        tap("Đã ghi 2 đoạn", "✔ Xong");
        asked("Công tác khác");
        an.sends("Thu đảng phí tháng này: 5/5 đồng chí đã nộp.");
        tap("Công tác khác", "✔ Xong");
        asked("Kết luận của chủ trì");
        an.sends("Chi bộ thống nhất ban hành nghị quyết tháng này.");
        tap("Kết luận của chủ trì", "✔ Xong");
        tap("Biểu quyết", "Cả 3 đồng chí tán thành");
        ChatMessage number = asked("Số nghị quyết của chi bộ");
        assertThat(number.hasButton("1-NQ/CB"))
                .as("the first numbered resolution of the year")
                .isTrue();
        an.sends("7");
        for (String check : List.of(
                "☐ Thông báo, tài liệu gửi trước ít nhất 1 ngày",
                "☐ Dành 15–30 phút trao đổi tư tưởng",
                "☐ Giữ nguyên tắc, tự phê bình và phê bình")) {
            tap("Tự đánh giá", check);
        }
        tap("Tự đánh giá", "✔ Xong");
        asked("Biên bản đọc lại");
        an.sends("5");
        asked("Số đồng chí nhất trí (5) nhiều hơn số đồng chí có mặt (4).");
        an.sends("4");
        tap("Gửi ảnh", "Bỏ qua");

        ChatMessage summary = asked("Kiểm tra trước khi lưu:");
        assertThat(summary.text())
                .contains("• Thời gian: ngày " + YESTERDAY.format(D_M_YYYY) + ", từ 14h đến 16h30")
                .contains("• Ý kiến phát biểu: 2 ý kiến của 2 đồng chí")
                .contains("• Nghị quyết tháng trước: hoàn thành 1/2 nhiệm vụ")
                .contains("• Số nghị quyết: 7-NQ/CB")
                .contains(
                        "✅ Nghị quyết được thông qua: 3 tán thành, quá nửa số 4 đảng viên chính thức được triệu tập.");
        an.taps(summary, "✅ Lưu");

        ChatMessage resolutionMessage = awaitLastBotMessage(
                an, m -> m.file() != null && m.file().fileName().startsWith("Nghi-quyet"));
        ChatMessage minutesMessage = an.fromBot().stream()
                .filter(m -> m.file() != null && m.file().fileName().startsWith("Bien-ban"))
                .findFirst()
                .orElseThrow();
        assertThat(minutesMessage.file().fileName())
                .isEqualTo("Bien-ban-Sinh-hoat-chi-bo-thuong-ky-thang-" + month.getMonthValue() + "-nam-"
                        + month.getYear() + ".docx");
        assertThat(resolutionMessage.file().fileName())
                .isEqualTo("Nghi-quyet-chi-bo-thang-" + month.getMonthValue() + "-nam-" + month.getYear() + ".docx");

        String dateLine = String.format(
                "Ninh Bình, ngày %02d tháng %02d năm %d",
                YESTERDAY.getDayOfMonth(), YESTERDAY.getMonthValue(), YESTERDAY.getYear());
        try (XWPFDocument minutes = open(minutesMessage)) {
            assertLaidOutAsHd36(minutes, dateLine, "BIÊN BẢN");
            String text = text(minutes);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
            assertThat(text)
                    .contains("Sinh hoạt chi bộ thường kỳ tháng " + month.getMonthValue() + " năm " + month.getYear())
                    .contains("Vào lúc 14 giờ 00 phút")
                    .contains("Tổng số đảng viên của chi bộ: 6 đồng chí (chính thức: 4; dự bị: 1; miễn sinh hoạt: 1).")
                    .contains("Số đảng viên được triệu tập: 5 đồng chí.")
                    .contains("Có mặt: 4/5 đồng chí (chính thức: 3; dự bị: 1).")
                    .contains("- Đồng chí Đặng Quốc Huy: vắng có lý do (đi công tác tại Hà Nội).")
                    .contains("Đảng viên được miễn sinh hoạt, không dự: Vũ Thị Lan.")
                    .contains("Đại biểu dự: Trần Thị Bình, Phó Bí thư Đảng ủy.")
                    .contains("Quán triệt Kết luận 01-KL/TW", "Văn bản được phổ biến, quán triệt: 01-KL/TW.")
                    .contains("- Nộp báo cáo quý — đồng chí Hoa: đã hoàn thành.")
                    .contains("- Kết nạp quần chúng ưu tú — đồng chí An: chưa hoàn thành.")
                    .contains("Chi bộ hoàn thành 1/2 nhiệm vụ nghị quyết tháng trước đề ra.")
                    .contains("Hoàn thành 100% chỉ tiêu chuyên môn.")
                    .contains("Đồng chí Phạm Thị Hoa phát biểu: Đề nghị tăng cường kiểm tra việc thực hiện quy chế.")
                    .contains("Đồng chí Hồ Văn Sáu phát biểu: Xin nhận nhiệm vụ rà soát hồ sơ đảng viên.")
                    .contains("Đại biểu cấp trên phát biểu chỉ đạo: Chi bộ cần gắn sinh hoạt với nhiệm vụ chính trị")
                    .contains("Thu đảng phí tháng này: 5/5 đồng chí đã nộp.")
                    .contains("Tán thành: 3 đồng chí; không tán thành: 0 đồng chí; không biểu quyết: 0 đồng chí.")
                    .contains("ĐÁNH GIÁ CHẤT LƯỢNG BUỔI SINH HOẠT")
                    .containsPattern("tự đánh giá buổi sinh hoạt đạt \\d+ điểm, xếp loại (Tốt|Khá)\\.")
                    .contains("Buổi sinh hoạt kết thúc lúc 16 giờ 30 phút cùng ngày.")
                    .contains("Biên bản đã được đọc lại trước chi bộ và được 4/4 đồng chí có mặt nhất trí thông qua.");
        }
        try (XWPFDocument resolution = open(resolutionMessage)) {
            assertLaidOutAsHd36(resolution, dateLine, "NGHỊ QUYẾT");
            assertThat(text(resolution))
                    .contains("Số 7-NQ/CB", "CHI BỘ QUYẾT NGHỊ:")
                    .contains(
                            "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG QUA",
                            "- Nộp báo cáo quý — đồng chí Hoa: đã hoàn thành.")
                    .contains("II. NHIỆM VỤ, GIẢI PHÁP THÁNG TỚI")
                    .contains("1. Chuẩn bị tổng kết năm — đồng chí Hoa", "2. Kết nạp quần chúng ưu tú — đồng chí An")
                    .contains("III. TỔ CHỨC THỰC HIỆN")
                    .contains("Nghị quyết được chi bộ thông qua với 3/4 đảng viên chính thức được triệu tập tán thành.")
                    .contains("- Đảng bộ Sở Tư pháp " + an.id() + " (để báo cáo),")
                    .contains("T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn An");
        }

        // Next month's meeting reviews this one's tasks, item by item.
        assertThat(chibo.bean(Meetings.class).lastResolutionTasks(cell.id(), month.plusMonths(1)))
                .containsExactly("Chuẩn bị tổng kết năm — đồng chí Hoa", "Kết nạp quần chúng ưu tú — đồng chí An");
    }

    @Test
    void aForumHeldAsTheQuartersThematicMeetingCountsAsOneAndVotesOnNothing() throws Exception {
        an.sends("/sinhhoat");
        tap("Đây là buổi sinh hoạt nào?", "Diễn đàn");
        tap("buổi sinh hoạt chuyên đề của quý", "Có, là sinh hoạt chuyên đề của quý");
        tap("diễn ra ngày nào", "Hôm qua (" + YESTERDAY.format(D_M_YYYY) + ")");
        asked("Bắt đầu lúc mấy giờ?");
        an.sends("8h đến 10h30");
        asked("Địa điểm sinh hoạt?");
        an.sends("Hội trường Sở Tư pháp");
        asked("Chủ đề, mục đích của diễn đàn?");
        an.sends("Đảng viên trẻ với chuyển đổi số theo Nghị quyết 57-NQ/TW");
        tap("Điểm danh", "✔ Xong");
        tap("Đại biểu dự", "Bỏ qua");
        tap("chủ trì", "Nguyễn Văn An");
        tap("thư ký", "Phạm Thị Hoa");
        tap("trình bày báo cáo đề dẫn", "Hoàng Văn Nam");
        asked("Tham luận, ý kiến");
        an.sends("Huy: Tham luận về ứng dụng chữ ký số trong cơ quan.");
        tap("Đã ghi 1 đoạn", "✔ Xong");
        asked("Kết luận của chủ trì");
        an.sends("Chi bộ thống nhất ba giải pháp đẩy mạnh chuyển đổi số.");
        tap("Kết luận của chủ trì", "✔ Xong");
        tap("biểu quyết thông qua văn bản", "Không biểu quyết");
        tap("Tự đánh giá", "✔ Xong");
        tap("Biên bản đọc lại", "Cả 5 đồng chí có mặt nhất trí");
        tap("Gửi ảnh", "Bỏ qua");
        ChatMessage summary = asked("Kiểm tra trước khi lưu:");
        assertThat(summary.text())
                .contains("• Loại: Diễn đàn (sinh hoạt chuyên đề của quý)")
                .contains("• Biểu quyết: không biểu quyết");
        an.taps(summary, "✅ Lưu");

        ChatMessage minutesMessage = awaitLastBotMessage(an, m -> m.file() != null);
        assertThat(an.fromBot()).filteredOn(m -> m.file() != null).hasSize(1);
        try (XWPFDocument minutes = open(minutesMessage)) {
            assertThat(text(minutes))
                    .contains("Sinh hoạt diễn đàn (sinh hoạt chuyên đề) tháng " + YESTERDAY.getMonthValue())
                    .contains("1. Chủ đề, mục đích: Đảng viên trẻ với chuyển đổi số theo Nghị quyết 57-NQ/TW")
                    .contains("2. Báo cáo đề dẫn: đồng chí Hoàng Văn Nam trình bày.")
                    .contains("Văn bản được phổ biến, quán triệt: 57-NQ/TW.")
                    .contains("THAM LUẬN, Ý KIẾN")
                    .contains("Đồng chí Đặng Quốc Huy phát biểu: Tham luận về ứng dụng chữ ký số trong cơ quan.")
                    .contains("Buổi sinh hoạt không biểu quyết")
                    .contains("được 5/5 đồng chí có mặt nhất trí thông qua")
                    .doesNotContain("BIỂU QUYẾT", "Kết quả thực hiện nhiệm vụ tháng qua");
        }
        YearMonth month = YearMonth.from(YESTERDAY);
        LocalDate quarterStart =
                month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1).atDay(1);
        assertThat(chibo.bean(Meetings.class).cellsThatMet(MeetingKind.thematic(), quarterStart, TODAY))
                .as("the forum counts as the quarter's thematic meeting")
                .contains(cell.id());
        assertThat(chibo.bean(Meetings.class).cellsThatMet(MeetingKind.monthly(), quarterStart, TODAY))
                .as("but not as the month's regular meeting")
                .doesNotContain(cell.id());
    }

    private static void assertLaidOutAsHd36(XWPFDocument document, String dateLine, String type) {
        var section = document.getDocument().getBody().getSectPr();
        assertThat(section.getPgSz().getW()).as("A4 width").isEqualTo(BigInteger.valueOf(11906));
        assertThat(section.getPgSz().getH()).as("A4 height").isEqualTo(BigInteger.valueOf(16838));
        assertThat(runs(document)).extracting(XWPFRun::getFontFamily).containsOnly("Times New Roman");
        XWPFRun party = run(document, "ĐẢNG CỘNG SẢN VIỆT NAM");
        assertThat(party.isBold()).isTrue();
        assertThat(party.getFontSizeAsDouble()).isEqualTo(15.0);
        XWPFRun date = run(document, dateLine);
        assertThat(date.isItalic()).isTrue();
        assertThat(date.getFontSizeAsDouble()).isEqualTo(14.0);
        assertThat(run(document, type).getFontSizeAsDouble()).isEqualTo(16.0);
    }

    private static List<XWPFRun> runs(XWPFDocument document) {
        List<XWPFParagraph> paragraphs = new ArrayList<>(document.getParagraphs());
        document.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().stream()
                .map(XWPFTableCell::getParagraphs)
                .forEach(paragraphs::addAll)));
        return paragraphs.stream().flatMap(p -> p.getRuns().stream()).toList();
    }

    private static XWPFRun run(XWPFDocument document, String text) {
        return runs(document).stream()
                .filter(r -> text.equals(r.text()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no run \"" + text + "\""));
    }

    private static XWPFDocument open(ChatMessage message) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(message.file().content()));
    }

    private static String text(XWPFDocument document) throws Exception {
        try (var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}

package vn.chibo.content.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import vn.chibo.content.document.PartyDocx;
import vn.chibo.content.meeting.Proceedings.Opinion;
import vn.chibo.content.meeting.Proceedings.ReviewedTask;
import vn.chibo.content.org.MemberStatus;

/** The minutes and the resolution opened with POI, as Word would open them, and read. */
class MinutesDocumentTest {

    static final List<Attendance> ATTENDANCE = List.of(
            new Attendance(1, "Nguyễn Văn An", MemberStatus.OFFICIAL, Presence.PRESENT),
            new Attendance(2, "Phạm Thị Hoa", MemberStatus.OFFICIAL, Presence.PRESENT),
            new Attendance(3, "Hoàng Văn Nam", MemberStatus.PROBATIONARY, Presence.PRESENT),
            new Attendance(4, "Vũ Thị Lan", MemberStatus.EXEMPT, Presence.ABSENT_EXCUSED),
            new Attendance(5, "Đặng Quốc Huy", MemberStatus.OFFICIAL, Presence.ABSENT_EXCUSED, "đi công tác"),
            new Attendance(6, "Hồ Văn Sáu", MemberStatus.OFFICIAL, Presence.ABSENT_UNEXCUSED));

    static final MinutesDocument.Heading HEADING =
            new MinutesDocument.Heading("Đảng bộ Sở Tư pháp", "Chi bộ Văn phòng", "Ninh Bình");
    static final MinutesDocument.Names NAMES =
            new MinutesDocument.Names("Nguyễn Văn An", "Phạm Thị Hoa", "Nguyễn Văn An");

    static MeetingRecord meeting(MeetingKind kind, String topic, Proceedings proceedings) {
        return new MeetingRecord(
                9,
                kind,
                LocalDate.of(2026, 6, 9),
                LocalTime.of(14, 0),
                LocalTime.of(16, 0),
                "Phòng họp tầng 2, Sở Tư pháp",
                topic,
                List.of("05-CT/TW", "01-KL/TW"),
                ATTENDANCE,
                "đồng chí Trần Thị Bình, Phó Bí thư Đảng ủy",
                1L,
                2L,
                topic == null ? null : 1L,
                "Hoàn thành 100% chỉ tiêu chuyên môn tháng 5.",
                "Thống nhất phân công đảng viên phụ trách địa bàn.",
                "Chuẩn bị sơ kết 6 tháng — đồng chí Hoa\nRà soát hồ sơ đảng viên — đồng chí An",
                "Chi bộ thống nhất ban hành nghị quyết tháng 6.",
                new Votes(3, 0, 0),
                List.of(),
                proceedings);
    }

    static final Proceedings MONTHLY = new Proceedings(
            "Quán triệt Chỉ thị 05-CT/TW và Kết luận 01-KL/TW.",
            "Học tập tấm gương cần, kiệm, liêm, chính.",
            List.of(new ReviewedTask("Nộp báo cáo quý II", true), new ReviewedTask("Kết nạp quần chúng ưu tú", false)),
            List.of(
                    new Opinion("Phạm Thị Hoa", "Đề nghị tăng cường kiểm tra việc thực hiện quy chế."),
                    new Opinion("Hoàng Văn Nam", "Xin nhận nhiệm vụ rà soát hồ sơ.")),
            "Chi bộ cần gắn sinh hoạt với nhiệm vụ chính trị của cơ quan.",
            "Thu đảng phí tháng 6: 4/4 đồng chí đã nộp.",
            true,
            3,
            "6-NQ/CB",
            Set.of(Proceedings.SelfCheck.values()));

    static XWPFDocument open(byte[] docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static String text(XWPFDocument document) throws Exception {
        try (var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    static MeetingAssessment.Outcome assessed(MeetingRecord m) {
        return MeetingAssessment.assess(m, MeetingRules.standard(), null, Map.of());
    }

    /** Every run of the document, body and table cells, with the paragraph's text it sits in. */
    static List<XWPFRun> runs(XWPFDocument document) {
        List<XWPFParagraph> paragraphs = new java.util.ArrayList<>(document.getParagraphs());
        document.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().stream()
                .map(XWPFTableCell::getParagraphs)
                .forEach(paragraphs::addAll)));
        return paragraphs.stream().flatMap(p -> p.getRuns().stream()).toList();
    }

    static XWPFRun run(XWPFDocument document, String text) {
        return runs(document).stream()
                .filter(r -> text.equals(r.text()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no run " + text));
    }

    @Test
    void aMonthlyMeetingsMinutesFollowTheLayoutAndHoldEverySection() throws Exception {
        MeetingRecord m = meeting(MeetingKind.MONTHLY, null, MONTHLY);
        try (XWPFDocument document = open(MinutesDocument.render(HEADING, m, assessed(m), NAMES))) {
            var section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
            assertThat(section.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850));
            assertThat(runs(document)).extracting(XWPFRun::getFontFamily).containsOnly("Times New Roman");

            XWPFRun party = run(document, "ĐẢNG CỘNG SẢN VIỆT NAM");
            assertThat(party.getFontSizeAsDouble()).isEqualTo(15.0);
            assertThat(party.isBold()).isTrue();
            XWPFRun upper = run(document, "ĐẢNG BỘ SỞ TƯ PHÁP");
            assertThat(upper.getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(upper.isBold()).isFalse();
            assertThat(run(document, "CHI BỘ VĂN PHÒNG").isBold()).isTrue();
            XWPFRun date = run(document, "Ninh Bình, ngày 09 tháng 06 năm 2026");
            assertThat(date.isItalic()).isTrue();
            assertThat(date.getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(run(document, "BIÊN BẢN").getFontSizeAsDouble()).isEqualTo(16.0);
            XWPFRun subject = run(document, "Sinh hoạt chi bộ thường kỳ tháng 6 năm 2026");
            assertThat(subject.isBold()).isTrue();
            assertThat(subject.getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(run(document, "Chi bộ thống nhất ban hành nghị quyết tháng 6.")
                            .getFontSizeAsDouble())
                    .isEqualTo(14.0);

            String text = text(document);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
            assertThat(text)
                    .contains("Vào lúc 14 giờ 00 phút, ngày 09 tháng 06 năm 2026, tại Phòng họp tầng 2, Sở Tư pháp,"
                            + " Chi bộ Văn phòng tiến hành buổi sinh hoạt.")
                    .contains("Tổng số đảng viên của chi bộ: 6 đồng chí (chính thức: 4; dự bị: 1; miễn sinh hoạt: 1).")
                    .contains("Số đảng viên được triệu tập: 5 đồng chí.")
                    .contains("Có mặt: 3/5 đồng chí (chính thức: 2; dự bị: 1).")
                    .contains("Vắng mặt: 2 đồng chí, gồm:")
                    .contains("- Đồng chí Đặng Quốc Huy: vắng có lý do (đi công tác).")
                    .contains("- Đồng chí Hồ Văn Sáu: vắng không có lý do.")
                    .contains("Đảng viên được miễn sinh hoạt, không dự: Vũ Thị Lan.")
                    .contains("Đại biểu dự: đồng chí Trần Thị Bình, Phó Bí thư Đảng ủy.")
                    .contains("Chủ trì: đồng chí Nguyễn Văn An.", "Thư ký: đồng chí Phạm Thị Hoa.")
                    .contains("1. Đồng chí chủ trì nêu mục đích, yêu cầu, chương trình buổi sinh hoạt")
                    .contains("2. Thông tin thời sự, phổ biến, quán triệt văn bản của cấp trên")
                    .contains("Văn bản được phổ biến, quán triệt: 05-CT/TW; 01-KL/TW.")
                    .contains("3. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")
                    .contains("4. Kiểm điểm việc thực hiện nghị quyết tháng trước")
                    .contains("- Nộp báo cáo quý II: đã hoàn thành.", "- Kết nạp quần chúng ưu tú: chưa hoàn thành.")
                    .contains("Chi bộ hoàn thành 1/2 nhiệm vụ nghị quyết tháng trước đề ra.")
                    .contains("5. Kết quả thực hiện nhiệm vụ tháng qua", "6. Nhiệm vụ tháng tới và phân công thực hiện")
                    .contains("Chuẩn bị sơ kết 6 tháng — đồng chí Hoa")
                    .contains("7. Công tác khác", "Thu đảng phí tháng 6: 4/4 đồng chí đã nộp.")
                    .contains("8. Các vấn đề chi bộ thảo luận, quyết định")
                    .contains("IV. Ý KIẾN PHÁT BIỂU")
                    .contains("Đồng chí Phạm Thị Hoa phát biểu: Đề nghị tăng cường kiểm tra việc thực hiện quy chế.")
                    .contains("Đồng chí Hoàng Văn Nam phát biểu: Xin nhận nhiệm vụ rà soát hồ sơ.")
                    .contains("Đại biểu cấp trên phát biểu chỉ đạo: Chi bộ cần gắn sinh hoạt với nhiệm vụ chính trị")
                    .contains("V. KẾT LUẬN CỦA CHỦ TRÌ", "VI. BIỂU QUYẾT")
                    .contains("Tán thành: 3 đồng chí; không tán thành: 0 đồng chí; không biểu quyết: 0 đồng chí.")
                    .contains("Số đồng chí tán thành (3) quá nửa số đảng viên chính thức được triệu tập (4)")
                    .contains("VII. ĐÁNH GIÁ CHẤT LƯỢNG BUỔI SINH HOẠT")
                    .containsPattern(
                            "chi bộ tự đánh giá buổi sinh hoạt đạt \\d+ điểm, xếp loại (Tốt|Khá|Trung bình|Kém)\\.")
                    .contains("Buổi sinh hoạt kết thúc lúc 16 giờ 00 phút cùng ngày.")
                    .contains("Biên bản đã được đọc lại trước chi bộ và được 3/3 đồng chí có mặt nhất trí thông qua.")
                    .contains("THƯ KÝ", "CHỦ TRÌ", "(Ký, ghi rõ họ tên)")
                    .doesNotContain("Khách mời", "2,026", "...........\n");
        }
        assertThat(MinutesDocument.fileName(m)).isEqualTo("Bien-ban-Sinh-hoat-chi-bo-thuong-ky-thang-6-nam-2026.docx");
    }

    @Test
    void theCellsDuesAsRecordedOpenTheOtherBusinessOfAMonthlyMeeting() throws Exception {
        MeetingRecord m = meeting(MeetingKind.MONTHLY, null, MONTHLY);
        var dues = new vn.chibo.content.dues.MonthOfDues(
                java.time.YearMonth.of(2026, 6), 4, 6, java.util.List.of("Hồ Văn Sáu", "Vũ Thị Lan"));
        try (XWPFDocument document = open(MinutesDocument.render(HEADING, m, assessed(m), NAMES, dues))) {
            String text = text(document);
            assertThat(text)
                    .contains(
                            "7. Công tác khác (thu nộp đảng phí, phát triển đảng viên, xét chuyển đảng chính thức...)\nTình hình thu nộp đảng phí tháng 6/2026: 4/6 đảng viên đã nộp; chưa nộp:"
                                    + " Hồ Văn Sáu, Vũ Thị Lan.\nThu đảng phí tháng 6: 4/4 đồng chí đã nộp.");
        }
        try (XWPFDocument document = open(MinutesDocument.render(
                HEADING,
                m,
                assessed(m),
                NAMES,
                new vn.chibo.content.dues.MonthOfDues(java.time.YearMonth.of(2026, 6), 0, 0, java.util.List.of())))) {
            assertThat(text(document)).as("a month not entered says nothing").doesNotContain("Tình hình thu nộp");
        }
    }

    @Test
    void aThematicMeetingPrintsItsTopicOpeningReportAndContributionsNotTheMonthsReview() throws Exception {
        Proceedings thematic = new Proceedings(
                null,
                null,
                List.of(),
                List.of(new Opinion("Phạm Thị Hoa", "Tham luận về trách nhiệm nêu gương của đảng viên.")),
                null,
                null,
                false,
                3,
                null,
                Set.of());
        MeetingRecord m = meeting(MeetingKind.THEMATIC, "Học tập và làm theo tư tưởng Hồ Chí Minh", thematic);
        try (XWPFDocument document = open(MinutesDocument.render(HEADING, m, assessed(m), NAMES))) {
            String text = text(document);
            assertThat(text)
                    .contains("Sinh hoạt chuyên đề tháng 6 năm 2026")
                    .contains("1. Chủ đề, mục đích: Học tập và làm theo tư tưởng Hồ Chí Minh")
                    .contains("2. Báo cáo đề dẫn: đồng chí Nguyễn Văn An trình bày.")
                    .contains("IV. THAM LUẬN, Ý KIẾN")
                    .contains("Đồng chí Phạm Thị Hoa phát biểu: Tham luận về trách nhiệm nêu gương của đảng viên.")
                    .contains("Buổi sinh hoạt không biểu quyết; chi bộ thống nhất với kết luận của đồng chí chủ trì.")
                    .doesNotContain(
                            "Kết quả thực hiện nhiệm vụ tháng qua",
                            "Kiểm điểm việc thực hiện nghị quyết",
                            "BIỂU QUYẾT",
                            "ĐÁNH GIÁ CHẤT LƯỢNG");
        }
    }

    @Test
    void aForumHeldAsTheQuartersThematicMeetingSaysSo() throws Exception {
        MeetingRecord m = meeting(MeetingKind.THEMATIC_FORUM, "Thanh niên với chuyển đổi số", Proceedings.NONE);
        try (XWPFDocument document = open(MinutesDocument.render(HEADING, m, assessed(m), NAMES))) {
            assertThat(text(document))
                    .contains("Sinh hoạt diễn đàn (sinh hoạt chuyên đề) tháng 6 năm 2026")
                    .contains("Chủ đề, mục đích: Thanh niên với chuyển đổi số")
                    .contains(
                            "Biên bản đã được đọc lại trước chi bộ và được thông qua (không ghi số đồng chí nhất trí).");
        }
        assertThat(MeetingKind.THEMATIC_FORUM.isThematic()).isTrue();
        assertThat(MeetingKind.FORUM.isThematic()).isFalse();
    }

    @Test
    void aPlaceNotSetLeavesDotsToFillByHand() throws Exception {
        MeetingRecord m = meeting(MeetingKind.MONTHLY, null, MONTHLY);
        var noPlace = new MinutesDocument.Heading("Đảng bộ Sở Tư pháp", "Chi bộ Văn phòng", null);
        try (XWPFDocument document = open(MinutesDocument.render(noPlace, m, assessed(m), NAMES))) {
            assertThat(text(document)).contains("................, ngày 09 tháng 06 năm 2026");
        }
    }

    @Test
    void theMonthlyResolutionIsNumberedHasItsThreePartsAndIsSignedForTheCell() throws Exception {
        MeetingRecord m = meeting(MeetingKind.MONTHLY, null, MONTHLY);
        byte[] docx = ResolutionDocument.render(
                HEADING, m, assessed(m).vote(), new ResolutionDocument.Signer("BÍ THƯ", "Nguyễn Văn An"));
        try (XWPFDocument document = open(docx)) {
            assertThat(runs(document)).extracting(XWPFRun::getFontFamily).containsOnly("Times New Roman");
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW())
                    .isEqualTo(BigInteger.valueOf(PartyDocx.A4_WIDTH));
            assertThat(run(document, "NGHỊ QUYẾT").getFontSizeAsDouble()).isEqualTo(16.0);
            String text = text(document);
            assertThat(text)
                    .contains("ĐẢNG BỘ SỞ TƯ PHÁP", "CHI BỘ VĂN PHÒNG", "Số 6-NQ/CB", "ĐẢNG CỘNG SẢN VIỆT NAM")
                    .contains("Ninh Bình, ngày 09 tháng 06 năm 2026")
                    .contains("Sinh hoạt chi bộ thường kỳ tháng 6 năm 2026")
                    .contains("- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;")
                    .contains("- Căn cứ kết quả buổi sinh hoạt chi bộ ngày 09 tháng 06 năm 2026,")
                    .contains("CHI BỘ QUYẾT NGHỊ:")
                    .contains("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG QUA")
                    .contains("- Nộp báo cáo quý II: đã hoàn thành.", "Hoàn thành 100% chỉ tiêu chuyên môn tháng 5.")
                    .contains("II. NHIỆM VỤ, GIẢI PHÁP THÁNG TỚI")
                    .contains("1. Chuẩn bị sơ kết 6 tháng — đồng chí Hoa", "2. Rà soát hồ sơ đảng viên — đồng chí An")
                    .contains("III. TỔ CHỨC THỰC HIỆN")
                    .contains("Nghị quyết được chi bộ thông qua với 3/4 đảng viên chính thức được triệu tập tán thành.")
                    .contains("Nơi nhận:", "- Đảng bộ Sở Tư pháp (để báo cáo),", "- Lưu chi bộ.")
                    .contains("T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn An");
        }
        assertThat(ResolutionDocument.fileName(m)).isEqualTo("Nghi-quyet-chi-bo-thang-6-nam-2026.docx");
    }
}

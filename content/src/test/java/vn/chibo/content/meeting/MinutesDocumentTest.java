package vn.chibo.content.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.chibo.content.org.MemberStatus;

/** The minutes opened with POI, as Word would open them, and read. */
class MinutesDocumentTest {

    static final List<Attendance> ATTENDANCE = List.of(
            new Attendance(1, "Nguyễn Văn An", MemberStatus.OFFICIAL, Presence.PRESENT),
            new Attendance(2, "Phạm Thị Hoa", MemberStatus.OFFICIAL, Presence.PRESENT),
            new Attendance(3, "Hoàng Văn Nam", MemberStatus.PROBATIONARY, Presence.PRESENT),
            new Attendance(4, "Vũ Thị Lan", MemberStatus.EXEMPT, Presence.ABSENT_EXCUSED),
            new Attendance(5, "Đặng Quốc Huy", MemberStatus.OFFICIAL, Presence.ABSENT_EXCUSED),
            new Attendance(6, "Hồ Văn Sáu", MemberStatus.OFFICIAL, Presence.ABSENT_UNEXCUSED));

    static final MeetingRecord THEMATIC = new MeetingRecord(
            9,
            MeetingKind.THEMATIC,
            LocalDate.of(2026, 11, 20),
            LocalTime.of(14, 0),
            LocalTime.of(15, 45),
            "Phòng họp tầng 2, Sở Tư pháp",
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            List.of("05-CT/TW", "01-KL/TW"),
            ATTENDANCE,
            "đồng chí Trần Thị Bình — Phó Bí thư Đảng ủy, dự và chỉ đạo",
            1L,
            2L,
            1L,
            "Hoàn thành 100% nhiệm vụ tháng 10.",
            "Thống nhất phân công đảng viên phụ trách.\nGiao chi ủy theo dõi.",
            "Tổ chức tổng kết năm.",
            "Chi bộ thống nhất ban hành nghị quyết tháng 11.",
            new Votes(3, 0, 0),
            List.of());

    @Test
    void holdsTheHeaderNamesCountsAbsenteesAndVoteWithCorrectDiacritics() throws Exception {
        var vote = ResolutionValidity.check(ATTENDANCE, THEMATIC.votes());
        byte[] docx = MinutesDocument.render(
                new MinutesDocument.Heading("Đảng bộ Sở Tư pháp", "Chi bộ Văn phòng", "Hà Nội"),
                THEMATIC,
                vote,
                "Nguyễn Văn An",
                "Phạm Thị Hoa",
                "Nguyễn Văn An");

        String text;
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            text = extractor.getText();
            assertThat(document.getParagraphs().stream()
                            .flatMap(p -> p.getRuns().stream())
                            .map(r -> r.getFontFamily())
                            .distinct())
                    .containsExactly("Times New Roman");
        }

        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(text)
                .contains(
                        "ĐẢNG BỘ SỞ TƯ PHÁP",
                        "ĐẢNG CỘNG SẢN VIỆT NAM",
                        "CHI BỘ VĂN PHÒNG",
                        "Hà Nội, ngày 20 tháng 11 năm 2026")
                .contains("BIÊN BẢN", "Sinh hoạt chuyên đề tháng 11 năm 2026")
                .contains(
                        "Vào lúc 14 giờ 00 phút, ngày 20 tháng 11 năm 2026, tại Phòng họp tầng 2, Sở Tư pháp, Chi bộ Văn phòng tiến hành buổi sinh hoạt.")
                .contains("Tổng số đảng viên của chi bộ: 6 đồng chí (chính thức: 4; dự bị: 1; miễn sinh hoạt: 1).")
                .contains("Có mặt: 3 đồng chí.", "Vắng mặt: 3 đồng chí.")
                .contains("- Có lý do: Vũ Thị Lan, Đặng Quốc Huy.", "- Không có lý do: Hồ Văn Sáu.")
                .contains("Đại biểu dự: đồng chí Trần Thị Bình — Phó Bí thư Đảng ủy, dự và chỉ đạo.")
                .contains("Chủ trì: đồng chí Nguyễn Văn An.", "Thư ký: đồng chí Phạm Thị Hoa.")
                .contains("Văn bản liên quan: 05-CT/TW; 01-KL/TW.")
                .contains("Thống nhất phân công đảng viên phụ trách.", "Giao chi ủy theo dõi.")
                .contains("Tán thành: 3 đồng chí; không tán thành: 0 đồng chí; không biểu quyết: 0 đồng chí.")
                .contains(
                        "Số đồng chí tán thành (3) quá nửa số đảng viên chính thức được triệu tập (4): nghị quyết được thông qua.")
                .contains("kết thúc lúc 15 giờ 45 phút", "THƯ KÝ", "CHỦ TRÌ", "(Ký, ghi rõ họ tên)")
                .doesNotContain("2,026");
        assertThat(vote.base())
                .as("4 official; the absent exempt member is left out")
                .isEqualTo(4);
    }
}

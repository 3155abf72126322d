package vn.chibo.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.meeting.Absences.Absentee;

/** Every reminder key the code asks for exists in reminders_vi.properties, every sentence there is used, and each notice reads right. */
class ReminderTextsTest {

    final ReminderTexts texts = new ReminderTexts();

    @Test
    void everyKeyUsedExistsAndEveryKeyIsUsed() throws IOException {
        Properties messages = new Properties();
        try (var in = new InputStreamReader(
                getClass().getResourceAsStream("/reminders_vi.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        Set<String> used = new HashSet<>();
        Pattern use = Pattern.compile("\\bt\\(\\s*\"([a-z0-9_.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }

        assertThat(used).hasSizeGreaterThan(15);
        assertThat(messages.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void eachNoticeReadsAsVietnamese() {
        LocalDateTime friday = LocalDateTime.of(2026, 12, 4, 14, 30);
        assertThat(texts.render(new Notice.MeetingSoon("Chi bộ Văn phòng", friday, 3, false)))
                .isEqualTo("📅 Nhắc lịch sinh hoạt: Chi bộ Văn phòng họp vào thứ Sáu 4/12/2026, 14h30 (còn 3 ngày).");
        assertThat(texts.render(new Notice.MeetingSoon("Chi bộ Văn phòng", friday, 0, false)))
                .startsWith("📅 Hôm nay Chi bộ Văn phòng sinh hoạt lúc 14h30.");
        assertThat(texts.render(new Notice.MonthlyNotHeld("Chi bộ Văn phòng", YearMonth.of(2026, 11))))
                .startsWith("🔔 Chi bộ Văn phòng chưa ghi buổi sinh hoạt thường kỳ tháng 11/2026.");
        assertThat(texts.render(new Notice.ThematicNotHeld("Chi bộ Văn phòng", 4, 2026)))
                .startsWith("🔔 Quý 4/2026, Chi bộ Văn phòng chưa có buổi sinh hoạt chuyên đề nào");
        assertThat(texts.render(new Notice.ReportOverdue(
                        "Báo cáo quý",
                        LocalDate.of(2026, 12, 20),
                        List.of(new Notice.Late("Chi bộ A", 3, null), new Notice.Late("Chi bộ B", 3, null)),
                        18,
                        20,
                        Deadline.Counted.CELLS)))
                .isEqualTo(
                        "⏰ Quá hạn: Báo cáo quý (hạn 20/12/2026). Đã nộp 18/20 chi bộ; 2 chi bộ chưa nộp:\n• Chi bộ A — trễ 3 ngày\n• Chi bộ B — trễ 3 ngày");
        assertThat(texts.render(new Notice.ReportComplete(
                        "Báo cáo quý", LocalDate.of(2026, 12, 20), 20, Deadline.Counted.CELLS)))
                .isEqualTo("✅ Báo cáo quý (hạn 20/12/2026): 100% hoàn thành — 20/20 chi bộ đã nộp.");
    }

    @Test
    void aCommitteeCountsItsDirectSubordinatesAndSeesHowFarTheOnesThatRolledItDownAre() {
        assertThat(texts.render(new Notice.ReportOverdue(
                        "Báo cáo sơ kết",
                        LocalDate.of(2026, 7, 15),
                        List.of(new Notice.Late("Đảng bộ Sở Xây dựng", 2, new Notice.Progress(10, 12))),
                        40,
                        41,
                        Deadline.Counted.DIRECT)))
                .isEqualTo(
                        "⏰ Quá hạn: Báo cáo sơ kết (hạn 15/7/2026). Đã nộp 40/41 tổ chức đảng trực thuộc;"
                                + " 1 tổ chức đảng trực thuộc chưa nộp:\n• Đảng bộ Sở Xây dựng — trễ 2 ngày (cấp dưới đã nộp 10/12)");
        assertThat(texts.render(new Notice.ReportComplete(
                        "Báo cáo sơ kết", LocalDate.of(2026, 7, 15), 61, Deadline.Counted.DIRECT)))
                .isEqualTo("✅ Báo cáo sơ kết (hạn 15/7/2026): 100% hoàn thành — 61/61 tổ chức đảng trực thuộc đã nộp.");
        assertThat(texts.render(new Notice.ReportDue("Báo cáo sơ kết", LocalDate.of(2026, 7, 15), 7, true)))
                .startsWith("📝 Báo cáo sơ kết: hạn nộp 15/7/2026 (còn 7 ngày).")
                .contains("“Giao cho tổ chức trực thuộc”");
        assertThat(texts.render(new Notice.ReportRolledUp(
                        "Báo cáo sơ kết",
                        "Đảng bộ Sở Xây dựng",
                        "Đảng bộ Khối",
                        LocalDate.of(2026, 7, 15),
                        12,
                        Deadline.Counted.CELLS)))
                .isEqualTo("✅ Báo cáo sơ kết: 12/12 chi bộ của Đảng bộ Sở Xây dựng đã nộp đủ. Đồng chí tổng hợp và"
                        + " nộp báo cáo của Đảng bộ Sở Xây dựng lên Đảng bộ Khối (hạn 15/7/2026), rồi bấm “Đã nộp”.");
    }

    @Test
    void absencesAtTwoMonthsWarnAndAtThreeCallForConsideringRemoval() {
        assertThat(texts.render(new Notice.UnexcusedAbsences("Chi bộ Văn phòng", List.of("Hồ Văn Sáu"), List.of())))
                .isEqualTo(
                        "⚠️ Chi bộ Văn phòng: đồng chí Hồ Văn Sáu đã vắng sinh hoạt không lý do 2 tháng trong 12 tháng"
                                + " qua; vắng thêm một lần nữa là 3 tháng, phải xem xét xóa tên.");
        assertThat(texts.render(new Notice.UnexcusedAbsences(
                        "Chi bộ Văn phòng",
                        List.of("Hồ Văn Sáu"),
                        List.of(new Absentee("Lý Thị Bảy", 4), new Absentee("Võ Văn Tám", 3)))))
                .isEqualTo("⚠️ Chi bộ Văn phòng: đồng chí Lý Thị Bảy (4 tháng), Võ Văn Tám (3 tháng) đã vắng sinh hoạt"
                        + " không lý do từ 3 tháng trở lên trong 12 tháng qua: đủ điều kiện để chi bộ xem xét, đề nghị"
                        + " xóa tên (Điều 8 Điều lệ Đảng).\n⚠️ Chi bộ Văn phòng: đồng chí Hồ Văn Sáu đã vắng sinh hoạt"
                        + " không lý do 2 tháng trong 12 tháng qua; vắng thêm một lần nữa là 3 tháng, phải xem xét xóa"
                        + " tên.");
    }

    @Test
    void duesUnpaidAtTwoMonthsWarnAndAtThreeCallForConsideringRemovalAfterTheAbsences() {
        assertThat(texts.render(new Notice.UnexcusedAbsences(
                        "Chi bộ Văn phòng",
                        List.of("Hồ Văn Sáu"),
                        List.of(),
                        List.of("Hồ Văn Sáu"),
                        List.of(new Absentee("Lý Thị Bảy", 3)))))
                .isEqualTo("⚠️ Chi bộ Văn phòng: đồng chí Hồ Văn Sáu đã vắng sinh hoạt không lý do 2 tháng trong 12"
                        + " tháng qua; vắng thêm một lần nữa là 3 tháng, phải xem xét xóa tên.\n"
                        + "⚠️ Chi bộ Văn phòng: đồng chí Lý Thị Bảy (3 tháng) chưa nộp đảng phí từ 3 tháng trở lên trong"
                        + " 12 tháng qua: nếu không có lý do chính đáng, chi bộ xem xét, đề nghị xóa tên (Điều 8 Điều lệ"
                        + " Đảng).\n"
                        + "⚠️ Chi bộ Văn phòng: đồng chí Hồ Văn Sáu chưa nộp đảng phí 2 tháng trong 12 tháng qua; thêm một"
                        + " tháng nữa là 3 tháng, phải xem xét xóa tên.");
    }
}

package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.content.access.Role;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.commendation.Commendation;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.meeting.Attendance;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.meeting.Presence;
import vn.chibo.content.meeting.Votes;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.Person;

/**
 * /baocao through the local Bot API server: a leader of a three-level tree picks this year and gets the Word draft
 * and the Excel figures, whose numbers are the ones seeded; a sub-committee's leader cannot get the top's report by a
 * forged button; the status view offers the same report.
 */
class ReportIT extends EndToEndTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    Person leader;
    Person subLeader;
    OrgUnit top;
    OrgUnit sub;
    OrgUnit direct;

    @BeforeEach
    void aThreeLevelTreeWithThisYearsMeetingsAndAwards() {
        leader = aPerson("Lãnh đạo");
        subLeader = aPerson("Lãnh đạo Sở");
        OrgUnits units = chibo.bean(OrgUnits.class);
        top = org.committee("Đảng bộ Khối " + leader.id());
        units.setLocality(top.id(), "Ninh Bình");
        sub = units.add(top.id(), OrgKind.COMMITTEE, "Đảng bộ Sở Tư pháp " + leader.id(), "ĐB STP");
        OrgUnit cellA = org.cellOf(sub, "Chi bộ Văn phòng " + leader.id(), "CB VP", "Nguyễn Văn An", "Phạm Thị Hoa");
        OrgUnit cellB = org.cellOf(sub, "Chi bộ Thanh tra " + leader.id(), "CB TT", "Trần Thị Bình", "Đỗ Văn Tư");
        direct = org.cellOf(top, "Chi bộ Báo chí " + leader.id(), "CB BC", "Lê Văn Cường");
        org.give(leader.id(), "Lãnh đạo", Role.LEADER, top);
        org.give(subLeader.id(), "Lãnh đạo Sở", Role.LEADER, sub);

        // This month: A and the direct cell met, B held a forum that counts as its thematic meeting.
        LocalDate day = TODAY.withDayOfMonth(1);
        meeting(cellA, MeetingKind.MONTHLY, day);
        meeting(direct, MeetingKind.MONTHLY, day);
        meeting(cellB, MeetingKind.THEMATIC_FORUM, day);
        Members members = chibo.bean(Members.class);
        Member an = members.ofCell(cellA.id()).get(0);
        chibo.bean(Commendations.class)
                .record(
                        List.of(
                                new Commendation(
                                        cellA.id(),
                                        null,
                                        cellA.name(),
                                        AwardForm.MERIT,
                                        null,
                                        null,
                                        "Thủ tướng Chính phủ",
                                        null,
                                        null,
                                        List.of(),
                                        "1-QĐ/TTg",
                                        day,
                                        List.of()),
                                new Commendation(
                                        cellA.id(),
                                        an.id(),
                                        an.fullName(),
                                        AwardForm.MERIT,
                                        null,
                                        null,
                                        "Thủ tướng Chính phủ",
                                        null,
                                        null,
                                        List.of(),
                                        "1-QĐ/TTg",
                                        day,
                                        List.of())),
                        1L);
    }

    private void meeting(OrgUnit cell, MeetingKind kind, LocalDate on) {
        List<Member> in = chibo.bean(Members.class).ofCell(cell.id());
        chibo.bean(Meetings.class)
                .record(
                        new MeetingRecord(
                                cell.id(),
                                kind,
                                on,
                                LocalTime.of(8, 0),
                                LocalTime.of(10, 0),
                                "Phòng họp",
                                null,
                                List.of(),
                                in.stream()
                                        .map(m -> new Attendance(m.id(), m.fullName(), m.status(), Presence.PRESENT))
                                        .toList(),
                                null,
                                in.get(0).id(),
                                in.get(in.size() - 1).id(),
                                null,
                                "a",
                                "b",
                                "c",
                                "d",
                                new Votes(1, 0, 0),
                                List.of()),
                        null,
                        1L);
    }

    @Test
    void aLeaderGetsTheYearReportAsWordAndExcelWithTheSeededFigures() throws Exception {
        leader.sends("/baocao");
        ChatMessage choose = said(leader, t -> t.startsWith("📄 Báo cáo của " + top.name()));
        leader.taps(choose, "Tổng kết năm " + TODAY.getYear());

        ChatMessage xlsx = awaitLastBotMessage(
                leader, m -> m.file() != null && m.file().fileName().endsWith(".xlsx"));
        ChatMessage docx = leader.fromBot().stream()
                .filter(m -> m.file() != null && m.file().fileName().endsWith(".docx"))
                .findFirst()
                .orElseThrow();
        assertThat(docx.file().fileName())
                .isEqualTo("Bao-cao-Tong-ket-cong-tac-xay-dung-Dang-nam-" + TODAY.getYear() + ".docx");
        String text;
        try (var document =
                        new XWPFDocument(new ByteArrayInputStream(docx.file().content()));
                var extractor = new XWPFWordExtractor(document)) {
            text = extractor.getText();
        }
        int months = TODAY.getMonthValue();
        int quarters = (months - 1) / 3 + 1;
        assertThat(text)
                .contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Tổng kết công tác xây dựng Đảng năm " + TODAY.getYear())
                .contains(String.format(
                        "Ninh Bình, ngày %02d tháng %02d năm %d", TODAY.getDayOfMonth(), months, TODAY.getYear()))
                .contains(top.name() + " có 2 tổ chức đảng trực thuộc (1 đảng bộ, 1 chi bộ), với tổng số 3 chi bộ.")
                .contains("Tổng số đảng viên: 5 đồng chí (chính thức: 5; dự bị: 0; miễn sinh hoạt: 0).")
                .contains("các chi bộ đã tổ chức 2/" + 3 * months + " buổi sinh hoạt phải tổ chức")
                .contains("Sinh hoạt chuyên đề: 1/" + 3 * quarters + " buổi")
                .contains("trong đó 1 buổi tổ chức theo hình thức diễn đàn.")
                .contains("- Bằng khen: 01 tập thể, 01 cá nhân.")
                .contains("- Thủ tướng Chính phủ tặng Bằng khen: 01 tập thể, 01 cá nhân.")
                .contains("[Văn phòng bổ sung:");
        try (var workbook =
                new XSSFWorkbook(new ByteArrayInputStream(xlsx.file().content()))) {
            var summary = workbook.getSheet("Tổng hợp");
            assertThat(summary.getLastRowNum())
                    .as("title, header, two subordinates and the total")
                    .isEqualTo(5);
            assertThat(summary.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(summary.getRow(5).getCell(3).getNumericCellValue())
                    .as("cells")
                    .isEqualTo(3);
            assertThat(summary.getRow(5).getCell(8).getNumericCellValue())
                    .as("monthly meetings held")
                    .isEqualTo(2);
        }
    }

    @Test
    void aLeaderGetsTheReportForDaysOfTheirChoosingTypedAtOnce() throws Exception {
        java.time.format.DateTimeFormatter dmy = java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy");
        LocalDate first = TODAY.withDayOfMonth(1);
        leader.sends("/baocao");
        leader.taps(said(leader, t -> t.startsWith("📄 Báo cáo của " + top.name())), "📅 Khoảng thời gian khác");
        said(leader, t -> t.startsWith("Báo cáo từ ngày nào?"));
        leader.sends("từ " + first.format(dmy) + " đến " + TODAY.plusDays(1).format(dmy));
        said(leader, t -> t.startsWith("Ngày " + TODAY.plusDays(1).format(dmy) + " chưa tới, chưa có số liệu."));
        leader.sends("từ " + first.format(dmy) + " đến " + TODAY.format(dmy));
        ChatMessage summary = said(leader, t -> t.startsWith("Lập báo cáo của " + top.name()));
        assertThat(summary.text()).contains("từ ngày " + first.format(dmy) + " đến ngày " + TODAY.format(dmy));
        leader.taps(summary, "✅ Lưu");

        awaitLastBotMessage(leader, m -> m.file() != null && m.file().fileName().endsWith(".xlsx"));
        ChatMessage docx = leader.fromBot().stream()
                .filter(m -> m.file() != null && m.file().fileName().endsWith(".docx"))
                .findFirst()
                .orElseThrow();
        String text;
        try (var document =
                        new XWPFDocument(new ByteArrayInputStream(docx.file().content()));
                var extractor = new XWPFWordExtractor(document)) {
            text = extractor.getText();
        }
        assertThat(text)
                .contains(String.format(
                        "Tình hình, kết quả công tác xây dựng Đảng từ ngày 01/%d/%d đến ngày %02d/%d/%d",
                        TODAY.getMonthValue(),
                        TODAY.getYear(),
                        TODAY.getDayOfMonth(),
                        TODAY.getMonthValue(),
                        TODAY.getYear()))
                .contains("các chi bộ đã tổ chức 2/3 buổi sinh hoạt phải tổ chức")
                .contains("- Bằng khen: 01 tập thể, 01 cá nhân.");
    }

    @Test
    void aSubCommitteesLeaderGetsOnlyTheirOwnReportAndAForgedButtonGetsNothing() {
        subLeader.sends("/baocao");
        ChatMessage choose = said(subLeader, t -> t.startsWith("📄 Báo cáo của " + sub.name()));
        int answered = telegram.answeredCallbacks(subLeader.id()).size();

        subLeader.tapsRaw(choose.messageId(), "bc:" + top.id() + ":y" + TODAY.getYear());

        await().atMost(PATIENCE)
                .until(() -> telegram.answeredCallbacks(subLeader.id()).size() > answered);
        assertThat(telegram.answeredCallbacks(subLeader.id()).get(answered).text())
                .startsWith("Nút này");
        assertThat(subLeader.fromBot()).noneMatch(m -> m.file() != null);
    }

    @Test
    void theStatusViewOffersTheReportOfTheUnitAndPeriodOnScreen() {
        leader.sends("/tinhhinh");
        ChatMessage status = said(leader, t -> t.contains(top.name()));
        ChatMessage offer = status;
        String label = offer.keyboard().stream()
                .flatMap(List::stream)
                .map(ChatMessage.InlineButton::text)
                .filter(t -> t.startsWith("📄 Báo cáo"))
                .findFirst()
                .orElseThrow();
        leader.taps(status, label);

        ChatMessage xlsx = awaitLastBotMessage(
                leader, m -> m.file() != null && m.file().fileName().endsWith(".xlsx"));
        assertThat(xlsx.file().fileName()).startsWith("Bao-cao-Tinh-hinh-ket-qua-cong-tac-xay-dung-Dang-thang-");
    }
}

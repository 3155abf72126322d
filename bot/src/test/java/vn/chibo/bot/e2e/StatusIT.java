package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.content.access.Role;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.commendation.Commendation;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.deadline.Deadlines;
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
import vn.chibo.scheduler.reminder.ReminderSettings;

/**
 * Leaders ask for status and get the numbers of exactly their part; a small tree whose answers are counted by hand:
 * 5 cells, 3 met this month (A1, A2, B1), 2 held a thematic meeting this quarter (A1, and B1's combined one).
 */
class StatusIT extends EndToEndTest {

    Person leader;
    Person leaderOfA;
    Person secretaryA1;
    Person secretaryA3;
    OrgUnit top;
    OrgUnit a;
    OrgUnit b;
    OrgUnit a1;
    OrgUnit a2;
    OrgUnit a3;
    OrgUnit b1;
    OrgUnit b2;
    LocalDate today;

    @BeforeEach
    void aTreeOfTwoSubCommitteesAndFiveCells() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime start =
                chibo.bean(ReminderSettings.class).quietHours().nextAllowed(now).plusMinutes(1);
        // Yesterday's deadline must fall in this month's overview: never start on the 1st.
        clock.moveTo(
                start.getDayOfMonth() == 1
                        ? chibo.bean(ReminderSettings.class)
                                .quietHours()
                                .nextAllowed(start.plusDays(1).withHour(8))
                        : start);
        today = LocalDate.now(clock);
        leader = aPerson("Lãnh đạo");
        OrgUnits units = chibo.bean(OrgUnits.class);
        top = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Khối " + leader.id(), "ĐB Khối");
        a = units.add(top.id(), OrgKind.COMMITTEE, "Đảng bộ Sở A " + leader.id(), "ĐB A");
        b = units.add(top.id(), OrgKind.COMMITTEE, "Đảng bộ Sở B " + leader.id(), "ĐB B");
        a1 = org.cellOf(a, "Chi bộ A1 " + leader.id(), "CB A1", "Nguyễn Văn Một", "Trần Thị Hai");
        a2 = org.cellOf(a, "Chi bộ A2 " + leader.id(), "CB A2", "Lê Văn Ba");
        a3 = org.cellOf(a, "Chi bộ A3 " + leader.id(), "CB A3", "Phạm Văn Bốn");
        b1 = org.cellOf(b, "Chi bộ B1 " + leader.id(), "CB B1", "Hoàng Thị Năm");
        b2 = org.cellOf(b, "Chi bộ B2 " + leader.id(), "CB B2", "Đỗ Văn Sáu");
        org.give(leader.id(), "Trần Văn Lãnh", Role.LEADER, top);
        leaderOfA = aPerson("Lãnh đạo A");
        org.give(leaderOfA.id(), "Ngô Văn Sở", Role.LEADER, a);
        secretaryA1 = aPerson("Bí thư A1");
        org.give(secretaryA1.id(), "Nguyễn Văn Một", Role.SECRETARY, a1);
        secretaryA3 = aPerson("Bí thư A3");
        org.give(secretaryA3.id(), "Phạm Văn Bốn", Role.SECRETARY, a3);

        meeting(a1, MeetingKind.MONTHLY, today, Presence.PRESENT);
        meeting(a1, MeetingKind.THEMATIC, today, Presence.PRESENT);
        meeting(a2, MeetingKind.MONTHLY, today, Presence.PRESENT);
        meeting(a2, MeetingKind.MONTHLY, today.minusMonths(1).withDayOfMonth(1), Presence.ABSENT_UNEXCUSED);
        meeting(a2, MeetingKind.MONTHLY, today.minusMonths(2).withDayOfMonth(1), Presence.ABSENT_UNEXCUSED);
        meeting(b1, MeetingKind.COMBINED, today, Presence.PRESENT);
        Commendations commendations = chibo.bean(Commendations.class);
        Member hoangThiNam = chibo.bean(Members.class).ofCell(b1.id()).get(0);
        commendations.record(
                List.of(
                        new Commendation(
                                a1.id(),
                                null,
                                a1.name(),
                                AwardForm.MERIT,
                                null,
                                null,
                                "Đảng ủy Khối",
                                "Thành tích",
                                null,
                                List.of(),
                                null,
                                today,
                                List.of()),
                        new Commendation(
                                b1.id(),
                                hoangThiNam.id(),
                                hoangThiNam.fullName(),
                                AwardForm.COMMENDATION,
                                null,
                                null,
                                "Đảng ủy Sở B",
                                "Thành tích",
                                null,
                                List.of(),
                                null,
                                today,
                                List.of())),
                1L);
        Deadlines deadlines = chibo.bean(Deadlines.class);
        deadlines.create(top, "Báo cáo tháng", today, 0, Deadline.Targets.CELLS, List.of(), null, 1L);
        var late = deadlines.create(
                top, "Báo cáo quý", today.minusDays(1), 0, Deadline.Targets.CELLS, List.of(), null, 1L);
        deadlines.submit(late.id(), a1.id(), today.minusDays(1), 1L);
    }

    /** A meeting whose last member is {@code last}'s presence (the others present). */
    void meeting(OrgUnit cell, MeetingKind kind, LocalDate day, Presence last) {
        List<Member> members = chibo.bean(Members.class).ofCell(cell.id());
        List<Attendance> attendance = new java.util.ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            attendance.add(new Attendance(
                    m.id(), m.fullName(), m.status(), i == members.size() - 1 ? last : Presence.PRESENT));
        }
        chibo.bean(Meetings.class)
                .record(
                        new MeetingRecord(
                                cell.id(),
                                kind,
                                day,
                                LocalTime.of(8, 0),
                                LocalTime.of(10, 0),
                                "Hội trường",
                                kind == MeetingKind.MONTHLY ? null : "Chuyên đề",
                                List.of(),
                                attendance,
                                null,
                                members.get(0).id(),
                                members.get(0).id(),
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
    void theOverviewMatchesTheCountsAndDrillsDownToACell() throws Exception {
        leader.sends("/tinhhinh");
        String month = "tháng " + today.getMonthValue() + "/" + today.getYear();
        ChatMessage overview = said(leader, t -> t.startsWith("📊 Tình hình " + top.name() + " — " + month));
        assertThat(overview.text())
                .contains("• Số chi bộ: 5")
                .contains("• Sinh hoạt thường kỳ: 3/5 chi bộ đã họp (60%)")
                .contains("• Sinh hoạt chuyên đề quý " + ((today.getMonthValue() - 1) / 3 + 1) + "/" + today.getYear()
                        + ": 2/5 chi bộ (40%)")
                .contains("• Báo cáo tháng (hạn " + today.format(PartyCalendar.DAY) + "): đã nộp 0/5")
                .contains("• Khen thưởng năm " + today.getYear()
                        + ": Bằng khen 1 tập thể, 0 cá nhân; Giấy khen 0 tập thể, 1 cá nhân")
                .contains("• Đảng viên vắng không lý do từ 2 tháng trở lên (12 tháng qua): 1");
        assertThat(overview.hasButton("▸ ĐB B: 1/2 (50%)")).isTrue();

        leader.taps(overview, "▸ ĐB A: 2/3 (67%)");
        ChatMessage ofA = becomes(leader, overview, t -> t.startsWith("📊 Tình hình " + a.name()));
        assertThat(ofA.text()).contains("• Số chi bộ: 3", "2/3 chi bộ đã họp (67%)");
        leader.taps(ofA, "▸ CB A1: 1/1 (100%)");
        ChatMessage cell = becomes(leader, overview, t -> t.startsWith("📋 " + a1.name()));
        assertThat(cell.text()).contains("• Sinh hoạt thường kỳ: 1/1 tháng", "Thường kỳ (hằng tháng), có mặt 2/2");
        leader.taps(cell, "📄 Biên bản " + today.getDayOfMonth() + "/" + today.getMonthValue());
        ChatMessage minutes = awaitLastBotMessage(leader, m -> m.file() != null);
        assertThat(minutes.file().fileName()).endsWith(".docx");
    }

    @Test
    void aLeaderOfOneSubCommitteeSeesNothingOfTheOther() {
        leaderOfA.sends("/tinhhinh");
        ChatMessage overview = said(leaderOfA, t -> t.startsWith("📊 Tình hình " + a.name()));
        // The top's reports concern A's cells too: counted for A's three cells only.
        assertThat(overview.text())
                .contains("• Số chi bộ: 3")
                .doesNotContain(b.name())
                .contains("• ⚠️ Báo cáo quý (hạn " + today.minusDays(1).format(PartyCalendar.DAY)
                        + "): đã nộp 1/3 chi bộ, quá hạn")
                .contains("• Báo cáo tháng (hạn " + today.format(PartyCalendar.DAY) + "): đã nộp 0/3");
        assertThat(overview.keyboard().toString()).doesNotContain("ĐB B").doesNotContain("CB B1");

        String forged = "s:" + b.id() + ":m" + today.getYear() + "-" + today.getMonthValue() + ":o";
        leaderOfA.tapsRaw(overview.messageId(), forged);
        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(leaderOfA.id()).stream()
                .anyMatch(c -> c.text() != null && c.text().startsWith("Nút này")));
        assertThat(leaderOfA.chat().stream()
                        .filter(m -> m.messageId() == overview.messageId())
                        .findFirst()
                        .orElseThrow()
                        .text())
                .startsWith("📊 Tình hình " + a.name());

        leaderOfA.sends("/chuahop");
        ChatMessage notMet = said(leaderOfA, t -> t.startsWith("⏰ " + a.name()));
        assertThat(notMet.text())
                .contains("1/3 chi bộ chưa ghi", a3.name() + " — bí thư Phạm Văn Bốn")
                .doesNotContain(b2.name());
    }

    @Test
    void aSecretarySeesTheirCellAndCannotReachLeaderQueries() {
        secretaryA1.sends("/tinhhinh");
        assertThat(said(secretaryA1, t -> t.startsWith("📋 " + a1.name())).text())
                .contains(
                        "• Sinh hoạt chuyên đề: 1/1 quý",
                        "• Báo cáo quý (hạn " + today.minusDays(1).format(PartyCalendar.DAY) + "): đã nộp",
                        "• Báo cáo tháng (hạn " + today.format(PartyCalendar.DAY) + "): chưa nộp");
        secretaryA1.sends("/chuahop");
        said(secretaryA1, t -> t.startsWith("Mục này dành cho lãnh đạo"));
        secretaryA1.sends("/quahan");
        said(secretaryA1, t -> t.startsWith("Mục này dành cho lãnh đạo"));
        String forged = "s:" + top.id() + ":m" + today.getYear() + "-" + today.getMonthValue() + ":o";
        secretaryA1.tapsRaw(secretaryA1.lastFromBot().messageId(), forged);
        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(secretaryA1.id()).stream()
                .anyMatch(c -> c.text() != null && c.text().startsWith("Nút này")));
    }

    @Test
    void notMetCellsAreNudgedOnceAndOverdueReportsListed() {
        leader.sends("/chuahop");
        ChatMessage notMet = said(leader, t -> t.startsWith("⏰ " + top.name()));
        assertThat(notMet.text())
                .contains(
                        "2/5 chi bộ chưa ghi",
                        a.name() + " (1 chi bộ):",
                        a3.name() + " — bí thư Phạm Văn Bốn",
                        b.name() + " (1 chi bộ):",
                        b2.name() + " — chưa có bí thư dùng chibo");
        leader.taps(notMet, "🔔 Nhắc tất cả (2 chi bộ)");
        said(leader, t -> t.startsWith("🔔 Đã xếp 1 tin nhắc cho bí thư, phó bí thư của 1 chi bộ"));
        said(
                secretaryA3,
                t -> t.contains(a3.name() + " chưa ghi buổi sinh hoạt thường kỳ tháng " + today.getMonthValue() + "/"
                        + today.getYear()));
        leader.taps(notMet, "🔔 Nhắc tất cả (2 chi bộ)");
        said(
                leader,
                t -> t.equals("🔔 Bí thư, phó bí thư của 1 chi bộ chưa sinh hoạt đã được nhắc trong tháng "
                        + today.getMonthValue() + "/" + today.getYear() + "; chibo không gửi trùng."));
        assertThat(secretaryA3.fromBot()).hasSize(1);

        leader.sends("/quahan");
        ChatMessage overdue = said(leader, t -> t.startsWith("📮 Báo cáo quá hạn — " + top.name()));
        assertThat(overdue.text())
                .contains("Báo cáo quý (hạn " + today.minusDays(1).format(PartyCalendar.DAY)
                        + "): đã nộp 1/5 chi bộ, quá hạn 1 ngày")
                .contains("• " + a2.name(), "• " + b2.name())
                .doesNotContain("• " + a1.name());
    }

    @Test
    void theChartAndTheSpreadsheetAreProduced() throws Exception {
        leader.sends("/tinhhinh");
        ChatMessage overview = said(leader, t -> t.startsWith("📊 Tình hình " + top.name()));
        leader.taps(overview, "📈 Biểu đồ");
        ChatMessage chart = awaitLastBotMessage(leader, m -> m.file() != null);
        var image = ImageIO.read(new ByteArrayInputStream(chart.file().content()));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(chart.text()).startsWith("Sinh hoạt thường kỳ theo đơn vị — " + top.name());

        leader.taps(overview, "📥 Excel");
        ChatMessage xlsx = awaitLastBotMessage(
                leader, m -> m.file() != null && m.file().fileName().endsWith(".xlsx"));
        try (var workbook =
                new XSSFWorkbook(new ByteArrayInputStream(xlsx.file().content()))) {
            var summary = workbook.getSheet("Tổng quan");
            assertThat(summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(summary.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(5);
            assertThat(summary.getRow(0).getCell(0).getStringCellValue())
                    .as("a title without emoji")
                    .startsWith("Tình hình " + top.name() + " — ");
            var cells = workbook.getSheet("Chi bộ");
            assertThat(cells.getLastRowNum())
                    .as("title, blank, header, 5 cells")
                    .isEqualTo(7);
            var header = cells.getRow(2);
            assertThat(java.util.stream.IntStream.range(0, 8)
                            .mapToObj(i -> header.getCell(i).getStringCellValue())
                            .toList())
                    .containsExactly(
                            "STT",
                            "Chi bộ",
                            "Trực thuộc",
                            "Bí thư",
                            "Số tháng đã sinh hoạt thường kỳ",
                            "Số tháng phải sinh hoạt thường kỳ",
                            "Số quý đã sinh hoạt chuyên đề",
                            "Số quý phải sinh hoạt chuyên đề");
            for (int i = 0; i < 8; i++) {
                String title = header.getCell(i).getStringCellValue();
                int room = cells.getColumnWidth(i) / 256 * (int) (header.getHeightInPoints() / 15);
                assertThat(room).as("room for \"" + title + "\"").isGreaterThanOrEqualTo(title.length());
            }
            for (var sheet : java.util.List.of(summary, cells)) {
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:3");
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                        .isEqualTo((short) 3);
            }
            assertThat(cells.getPrintSetup().getLandscape()).isTrue();
            for (int r = 3; r <= 7; r++) {
                String name = cells.getRow(r).getCell(1).getStringCellValue();
                double met = cells.getRow(r).getCell(4).getNumericCellValue();
                assertThat(met)
                        .as(name)
                        .isEqualTo(name.startsWith("Chi bộ A3") || name.startsWith("Chi bộ B2") ? 0 : 1);
            }
        }
    }
}

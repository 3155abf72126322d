package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.content.access.Role;
import vn.chibo.content.dues.Channel;
import vn.chibo.content.dues.Dues;
import vn.chibo.content.meeting.Attendance;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.meeting.Presence;
import vn.chibo.content.meeting.Votes;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.Person;
import vn.chibo.scheduler.reminder.RemindDue;

/**
 * Dues from the secretary's phone: November entered with two members unpaid; a member who missed two meetings
 * without reason and two months of dues is named on both grounds in the month's warning; the cell's record and the
 * member's own show the month; entering it again starts from what was recorded.
 */
class DuesIT extends EndToEndTest {

    int year;
    OrgUnit cell;
    Person an; // secretary
    Person cuong; // a member on Telegram
    Member leCuong;

    @BeforeEach
    void aCellWhereCuongMissedTwoMeetingsAndOctobersDues() {
        year = LocalDateTime.now(clock).getYear() + 1;
        clock.moveTo(LocalDateTime.of(year, 11, 20, 9, 0));
        an = aPerson("An");
        cuong = aPerson("Cường");
        OrgUnit committee = org.committee("Đảng ủy Phường " + an.id());
        cell = org.cellOf(
                committee,
                "Chi bộ Khu phố 7 " + an.id(),
                "CB KP7",
                "Nguyễn Thị An",
                "Trần Thị Bình",
                "Lê Văn Cường",
                "Phạm Văn Dũng");
        org.give(an.id(), "Nguyễn Thị An", Role.SECRETARY, cell);
        Members members = chibo.bean(Members.class);
        List<Member> all = members.ofCell(cell.id());
        leCuong = all.stream()
                .filter(m -> m.fullName().equals("Lê Văn Cường"))
                .findFirst()
                .orElseThrow();
        members.linkTelegram(leCuong, cuong.id());
        for (int month : List.of(9, 10)) {
            chibo.bean(Meetings.class)
                    .record(
                            new MeetingRecord(
                                    cell.id(),
                                    MeetingKind.MONTHLY,
                                    LocalDate.of(year, month, 10),
                                    LocalTime.of(14, 0),
                                    LocalTime.of(16, 0),
                                    "Nhà văn hóa",
                                    null,
                                    List.of(),
                                    List.of(new Attendance(
                                            leCuong.id(),
                                            leCuong.fullName(),
                                            leCuong.status(),
                                            Presence.ABSENT_UNEXCUSED)),
                                    null,
                                    all.get(0).id(),
                                    all.get(1).id(),
                                    null,
                                    "a",
                                    "b",
                                    "c",
                                    "d",
                                    new Votes(3, 0, 0),
                                    List.of()),
                            null,
                            1L);
        }
        chibo.bean(Dues.class).record(cell.id(), YearMonth.of(year, 10), Set.of(leCuong.id()), Channel.ONLINE, an.id());
    }

    @Test
    void aMonthIsEnteredAndAMemberBehindOnMeetingsAndDuesIsNamedOnBothGrounds() {
        an.sends("/dangphi");
        tapOn(an, "Ghi đảng phí tháng nào?", "Tháng này (11/" + year + ")");
        tapOn(an, "Đảng phí tháng 11/" + year, "☐ Lê Văn Cường");
        tapOn(an, "Đảng phí tháng 11/" + year, "☐ Phạm Văn Dũng");
        tapOn(an, "Đảng phí tháng 11/" + year, "✔ Xong");
        tapOn(an, "Các đồng chí đã nộp theo hình thức nào?", "💵 Nộp trực tiếp cho chi bộ");
        ChatMessage summary = said(an, t -> t.startsWith("Kiểm tra trước khi lưu — Đảng phí tháng 11/" + year));
        assertThat(summary.text()).contains("• Đã nộp: 2/4 đảng viên", "• Chưa nộp: Lê Văn Cường, Phạm Văn Dũng");
        an.taps(summary, "✅ Lưu");
        becomes(
                an,
                summary,
                t -> t.equals("✅ Đã ghi đảng phí tháng 11/" + year
                        + ": đã nộp 2/4 đảng viên; chưa nộp: Lê Văn Cường, Phạm Văn Dũng."));

        // The month's warning names Cường for both meetings and dues; Dũng, one month behind, is not named.
        chibo.bean(RemindDue.class).run();
        ChatMessage warning = arrived(an, t -> t.startsWith("⚠️ " + cell.name()));
        assertThat(warning.text())
                .isEqualTo("⚠️ " + cell.name()
                        + ": đồng chí Lê Văn Cường đã vắng sinh hoạt không lý do 2 tháng trong 12"
                        + " tháng qua; vắng thêm một lần nữa là 3 tháng, phải xem xét xóa tên.\n"
                        + "⚠️ " + cell.name() + ": đồng chí Lê Văn Cường chưa nộp đảng phí 2 tháng trong 12 tháng qua;"
                        + " thêm một tháng nữa là 3 tháng, phải xem xét xóa tên.");

        // The cell's record counts the month; Cường's own record says how many months he has not paid.
        an.sends("/tinhhinh");
        ChatMessage record = said(an, t -> t.contains("Đảng phí tháng"));
        assertThat(record.text()).contains("• Đảng phí tháng 11/" + year + ": đã nộp 2/4 đảng viên");
        cuong.sends("/hoso");
        ChatMessage own = said(cuong, t -> t.startsWith("👤 Hồ sơ đảng viên"));
        assertThat(own.text()).contains("vắng không lý do 2.").contains("Đảng phí 12 tháng qua: 2 tháng chưa nộp");

        // Entering November again starts from what was recorded: Dũng has paid since.
        an.sends("/dangphi");
        tapOn(an, "Ghi đảng phí tháng nào?", "Tháng này (11/" + year + ")");
        ChatMessage ticks = said(an, t -> t.startsWith("Đảng phí tháng 11/" + year));
        assertThat(ticks.hasButton("☑ Lê Văn Cường")).isTrue();
        assertThat(ticks.hasButton("☑ Phạm Văn Dũng")).isTrue();
        assertThat(ticks.hasButton("☐ Trần Thị Bình")).isTrue();
        an.taps(ticks, "☑ Phạm Văn Dũng");
        tapOn(an, "Đảng phí tháng 11/" + year, "✔ Xong");
        tapOn(an, "Các đồng chí đã nộp theo hình thức nào?", "📱 Qua dịch vụ thanh toán trực tuyến");
        ChatMessage again = said(an, t -> t.startsWith("Kiểm tra trước khi lưu — Đảng phí tháng 11/" + year));
        an.taps(again, "✅ Lưu");
        becomes(an, again, t -> t.startsWith("✅ Đã ghi đảng phí tháng 11/" + year + ": đã nộp 3/4 đảng viên"));
        assertThat(chibo.bean(Dues.class).unpaidIn(cell.id(), YearMonth.of(year, 11)))
                .containsExactly(leCuong.id());
    }

    @Test
    void theMemberWhoCollectsDuesSendsTheBookAsAFileAndAWrongBookChangesNothing() throws Exception {
        Person binh = aPerson("Bình");
        Member tranBinh = chibo.bean(Members.class).ofCell(cell.id()).stream()
                .filter(m -> m.fullName().equals("Trần Thị Bình"))
                .findFirst()
                .orElseThrow();
        org.give(binh.id(), "Trần Thị Bình", Role.TREASURER, cell);

        String wrong = "Họ và tên,Tháng 10/" + year + ",Tháng 12/" + year + "\n"
                + "Nguyễn Thị An,x,x\n"
                + "Hoàng Văn Lạ,x,x\n";
        Set<Long> octoberBefore = chibo.bean(Dues.class).unpaidIn(cell.id(), YearMonth.of(year, 10));
        binh.sendsDocument("so-dang-phi.csv", "text/csv", wrong.getBytes(StandardCharsets.UTF_8), null);
        ChatMessage refused = said(binh, t -> t.startsWith("Tệp so-dang-phi.csv chưa ghi được: có 2 chỗ cần sửa."));
        assertThat(refused.text())
                .contains("• tháng 12/" + year + " chưa tới hoặc đã quá 12 tháng")
                .contains("• Dòng 3: Hoàng Văn Lạ không có trong danh sách chi bộ");
        assertThat(chibo.bean(Dues.class).unpaidIn(cell.id(), YearMonth.of(year, 10)))
                .as("nothing of a wrong book is kept")
                .isEqualTo(octoberBefore);

        byte[] book;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Đảng phí");
            sheet.createRow(0).createCell(0).setCellValue("SỔ THEO DÕI THU NỘP ĐẢNG PHÍ");
            var header = sheet.createRow(2);
            header.createCell(0).setCellValue("Họ và tên");
            header.createCell(1).setCellValue("T10/" + year);
            header.createCell(2).setCellValue("T11/" + year);
            String[][] rows = {
                {"Nguyễn Thị An", "50000", "50000"},
                {"Trần Thị Bình", "30000", "30000"},
                {"Lê Văn Cường", "", ""},
                {"Phạm Văn Dũng", "x", "chưa"}
            };
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(3 + r);
                row.createCell(0).setCellValue(rows[r][0]);
                for (int c = 1; c <= 2; c++) {
                    if (rows[r][c].matches("\\d+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
            book = out.toByteArray();
        }
        binh.sendsDocument(
                "so-dang-phi.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", book, null);
        said(
                binh,
                t -> t.equals("✅ Đã ghi đảng phí từ tệp so-dang-phi.xlsx cho " + cell.name()
                        + ": 4 đảng viên, tháng 10/" + year + ", 11/" + year
                        + ". Đã nộp 5 lượt, chưa nộp 3 lượt (đảng viên - tháng)."));
        assertThat(chibo.bean(Dues.class).unpaidIn(cell.id(), YearMonth.of(year, 11)))
                .containsExactlyInAnyOrder(leCuong.id(), dungOf());
        assertThat(chibo.bean(org.springframework.jdbc.core.simple.JdbcClient.class)
                        .sql("SELECT amount FROM member_dues WHERE member_id = ? AND due_month = ?")
                        .params(tranBinh.id(), java.sql.Date.valueOf(LocalDate.of(year, 10, 1)))
                        .query(Long.class)
                        .single())
                .isEqualTo(30_000L);
    }

    private long dungOf() {
        return chibo.bean(Members.class).ofCell(cell.id()).stream()
                .filter(m -> m.fullName().equals("Phạm Văn Dũng"))
                .findFirst()
                .orElseThrow()
                .id();
    }
}

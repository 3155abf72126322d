package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.content.access.Role;
import vn.chibo.content.office.MemberLife;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.Person;

/**
 * A member's life in the Party, recorded by the secretary from her phone (/biendong): a probationary member recognised
 * from the day her 12 months end, a member gone to attend elsewhere for now, a death. The list, the roll call, the
 * badge calendar (posthumous) and the member's own record follow; a member cannot record anything.
 */
class LifeEventIT extends EndToEndTest {

    static final DateTimeFormatter D_M_YYYY = DateTimeFormatter.ofPattern("d/M/yyyy");

    @Test
    void recognitionTemporaryAttendanceAndADeathChangeWhatEveryoneSees() {
        LocalDate today = LocalDate.now(clock);
        Person an = aPerson("An");
        Person oanh = aPerson("Oanh");
        Person hoaPhone = aPerson("Hoa");
        OrgUnit committee = org.committee("Đảng ủy Phường " + an.id());
        OrgUnit cell = org.cellOf(committee, "Chi bộ Khu phố 3 " + an.id(), "CB KP3");
        Members members = chibo.bean(Members.class);
        LocalDate hoaJoined = today.minusMonths(13);
        Member hoa = members.add(cell, "Phạm Thị Hoa", MemberStatus.PROBATIONARY, hoaJoined);
        LocalDate binhJoined = today.minusYears(40).plusMonths(3);
        members.add(cell, "Trần Văn Bình", MemberStatus.OFFICIAL, binhJoined);
        members.add(cell, "Lê Văn Cường", MemberStatus.OFFICIAL, LocalDate.of(2001, 5, 19));
        members.add(cell, "Đỗ Thị Dung", MemberStatus.OFFICIAL, LocalDate.of(2005, 2, 3));
        chibo.bean(MemberLife.class).admitted(hoa, null);
        members.linkTelegram(hoa, hoaPhone.id());
        org.give(an.id(), "Nguyễn Thị An", Role.SECRETARY, cell);
        org.give(oanh.id(), "Đỗ Thị Oanh", Role.OFFICE, committee);

        // Recognition: only from the day the 12 months end, with its decision.
        LocalDate probationEnds = hoaJoined.plusMonths(12);
        an.sends("/biendong");
        tapOn(an, "Ghi biến động của đảng viên nào", "Phạm Thị Hoa (Dự bị)");
        tapOn(an, "ghi nhận việc gì?", "✅ Công nhận đảng viên chính thức");
        said(an, t -> t.startsWith("Đồng chí được công nhận đảng viên chính thức từ ngày nào?"));
        an.sends(probationEnds.minusDays(1).format(D_M_YYYY));
        said(an, t -> t.startsWith("Ngày hết 12 tháng dự bị là " + probationEnds.format(D_M_YYYY)));
        tapOn(an, "Ngày hết 12 tháng dự bị", "Ngày hết 12 tháng dự bị: " + probationEnds.format(D_M_YYYY));
        said(an, t -> t.startsWith("Số và ngày của quyết định"));
        an.sends("Quyết định số 15-QĐ/ĐU ngày " + today.format(D_M_YYYY));
        ChatMessage summary = said(an, t -> t.startsWith("Ghi biến động đảng viên:"));
        assertThat(summary.text())
                .contains("• Từ ngày: " + probationEnds.format(D_M_YYYY))
                .contains("Sau khi lưu, đồng chí là đảng viên: Chính thức.");
        an.taps(summary, "✅ Lưu");
        said(an, t -> t.equals("✅ Đã ghi. Đồng chí Phạm Thị Hoa hiện là đảng viên: Chính thức."));
        int pressed = telegram.answeredCallbacks(an.id()).size();
        an.taps(summary, "✅ Lưu");
        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(an.id()).size() > pressed);
        assertThat(count("member_event WHERE kind = 'RECOGNISED' AND member_id = " + hoa.id()))
                .as("a second press of the same summary records nothing")
                .isEqualTo(1);

        // Temporary attendance elsewhere: where is asked, the decision may be skipped.
        an.sends("/biendong");
        tapOn(an, "Ghi biến động của đảng viên nào", "Lê Văn Cường");
        tapOn(an, "ghi nhận việc gì?", "🧳 Sinh hoạt đảng tạm thời nơi khác");
        tapOn(an, "tính từ ngày nào?", "Hôm nay");
        said(an, t -> t.startsWith("Đồng chí Lê Văn Cường sinh hoạt tạm thời ở đâu?"));
        an.sends("Chi bộ Lớp bồi dưỡng, Trường Chính trị tỉnh");
        tapOn(an, "Số và ngày của quyết định (nếu có)", "Bỏ qua");
        tapOn(an, "Ghi biến động đảng viên:", "✅ Lưu");
        said(an, t -> t.equals("✅ Đã ghi. Đồng chí Lê Văn Cường hiện là đảng viên: Sinh hoạt tạm thời nơi khác."));

        // A death, a month ago: the member leaves the list; the record stays.
        LocalDate died = today.minusMonths(1);
        an.sends("/biendong");
        tapOn(an, "Ghi biến động của đảng viên nào", "Trần Văn Bình");
        tapOn(an, "ghi nhận việc gì?", "🕯 Từ trần");
        said(an, t -> t.startsWith("Việc này tính từ ngày nào?"));
        an.sends(died.format(D_M_YYYY));
        tapOn(an, "ra khỏi danh sách chi bộ", "✅ Lưu");
        said(
                an,
                t -> t.equals("✅ Đã ghi. Đồng chí Trần Văn Bình đã ra khỏi danh sách " + cell.name()
                        + "; hồ sơ vẫn được lưu."));

        // The list and the roll call follow.
        an.sends("/dangvien");
        ChatMessage list = said(an, t -> t.startsWith(cell.name() + ": 3 đảng viên"));
        assertThat(list.text())
                .contains(
                        "(chính thức 2, dự bị 0, miễn sinh hoạt 0, sinh hoạt tạm thời nơi khác 1, đình chỉ sinh hoạt 0)")
                .doesNotContain("Trần Văn Bình");
        an.sends("/sinhhoat");
        tapOn(an, "Ghi sinh hoạt chi bộ", "Thường kỳ (hằng tháng)");
        said(an, t -> t.startsWith("Buổi sinh hoạt diễn ra ngày nào?"));
        an.sends("hôm qua");
        said(an, t -> t.startsWith("Bắt đầu lúc mấy giờ?"));
        an.sends("14h - 16h");
        said(an, t -> t.startsWith("Địa điểm sinh hoạt?"));
        an.sends("Nhà văn hóa khu phố");
        ChatMessage roll = said(an, t -> t.startsWith("Điểm danh"));
        assertThat(roll.hasButton("☑ Lê Văn Cường (sinh hoạt tạm thời nơi khác)"))
                .as("a member attending elsewhere starts as not expected here")
                .isTrue();
        assertThat(roll.hasButton("☐ Phạm Thị Hoa")).isTrue();
        assertThat(roll.keyboard().toString()).doesNotContain("Trần Văn Bình");
        an.sends("/huy");

        // The badge calendar proposes the 40-year badge posthumously: he would have reached it within 12 months.
        oanh.sends("/huyhieu");
        ChatMessage badges = said(oanh, t -> t.startsWith("🎖 Huy hiệu Đảng sắp xét tặng"));
        assertThat(badges.text())
                .contains("🕯 Đề nghị truy tặng: 1 đồng chí đã từ trần")
                .contains("• 40 năm: Trần Văn Bình (CB KP3), vào Đảng " + binhJoined.format(D_M_YYYY)
                        + ", từ trần ngày " + died.format(D_M_YYYY));

        // The member sees her own history, and records nothing.
        hoaPhone.sends("/hoso");
        ChatMessage record = said(hoaPhone, t -> t.startsWith("👤 Hồ sơ đảng viên"));
        assertThat(record.text())
                .contains("• Tình trạng: Chính thức")
                .contains("Quá trình sinh hoạt đảng:")
                .contains("– " + hoaJoined.format(D_M_YYYY) + ": Kết nạp vào Đảng")
                .contains("– " + probationEnds.format(D_M_YYYY) + ": ✅ Công nhận đảng viên chính thức — Quyết định số"
                        + " 15-QĐ/ĐU");
        hoaPhone.sends("/biendong");
        said(hoaPhone, t -> t.equals("Đồng chí không có quyền thực hiện thao tác này."));
    }

    private long count(String fromWhere) {
        return chibo.bean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM " + fromWhere)
                .query(Long.class)
                .single();
    }
}

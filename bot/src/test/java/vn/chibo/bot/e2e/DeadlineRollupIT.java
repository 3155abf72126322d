package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.Scope;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.Person;
import vn.chibo.scheduler.reminder.RemindDue;

/**
 * A bloc committee counts its directly subordinate organisations, as committees report: its office sets the half-year
 * report for them; a subordinate committee hands it down to its cells from the reminder, and once they have all
 * submitted it is asked to submit its own, once; the bloc's leader sees "x/2 tổ chức đảng trực thuộc" in the digest
 * and in /quahan, with the sub-committee's own progress, and the digest turns to "100%" when the last one submits.
 */
class DeadlineRollupIT extends EndToEndTest {

    int year;
    OrgUnit bloc;
    OrgUnit sub;
    OrgUnit topCell;
    Person ha; // the bloc's office
    Person khanh; // the bloc's leader
    Person minh; // the sub-committee's office
    Person an; // secretary of the sub-committee's first cell
    Person binh; // secretary of its second cell
    Person cuong; // secretary of the cell right under the bloc

    @BeforeEach
    void aBlocWithASubCommitteeOfTwoCellsAndACellOfItsOwn() {
        year = LocalDateTime.now(clock).getYear() + 1;
        clock.moveTo(LocalDateTime.of(year, 5, 1, 9, 0));
        ha = aPerson("Hà");
        khanh = aPerson("Khánh");
        minh = aPerson("Minh");
        an = aPerson("An");
        binh = aPerson("Bình");
        cuong = aPerson("Cường");
        bloc = org.committee("Đảng bộ Khối " + ha.id());
        sub = org.committeeUnder(bloc, "Đảng bộ Sở Xây dựng " + ha.id());
        OrgUnit planning = org.cellOf(sub, "Chi bộ Kế hoạch " + ha.id(), "CB KH");
        OrgUnit building = org.cellOf(sub, "Chi bộ Quản lý xây dựng " + ha.id(), "CB QLXD");
        topCell = org.cellOf(bloc, "Chi bộ Báo Khối " + ha.id(), "CB BK");
        org.give(ha.id(), "Vũ Thu Hà", Role.OFFICE, bloc);
        org.give(khanh.id(), "Lê Quốc Khánh", Role.LEADER, bloc);
        org.give(minh.id(), "Đỗ Văn Minh", Role.OFFICE, sub);
        org.give(an.id(), "Nguyễn Văn An", Role.SECRETARY, planning);
        org.give(binh.id(), "Trần Thị Bình", Role.SECRETARY, building);
        org.give(cuong.id(), "Phạm Văn Cường", Role.SECRETARY, topCell);
    }

    RemindDue.Wave at(LocalDateTime moment) {
        clock.moveTo(moment);
        return chibo.bean(RemindDue.class).run();
    }

    @Test
    void aSubCommitteeRollsTheReportDownSubmitsOnceAndTheBlocSeesItsOrganisationsCounted() {
        ha.sends("/hanbaocao");
        tapOn(ha, "Tên báo cáo?", "Báo cáo sơ kết 6 tháng");
        said(ha, t -> t.startsWith("Hạn nộp ngày nào?"));
        ha.sends("15/5");
        tapOn(ha, "lặp lại", "Một lần");
        ChatMessage who = said(ha, t -> t.startsWith("Những tổ chức nào phải nộp?"));
        assertThat(who.hasButton("Tất cả chi bộ trong đảng bộ (3)")).isTrue();
        ha.taps(who, "Các tổ chức đảng trực thuộc (2)");
        ha.taps(said(ha, t -> t.startsWith("Kiểm tra trước khi lưu:")), "✅ Lưu");
        said(
                ha,
                t -> t.equals(
                        "Đã đặt hạn nộp Báo cáo sơ kết 6 tháng: 15/5/" + year + ", cho 2 tổ chức đảng trực thuộc."));

        // A week before: the sub-committee's office and the bloc's own cell are reminded; the cells below are not.
        assertThat(at(LocalDateTime.of(year, 5, 8, 8, 0)).queued()).isEqualTo(2);
        ChatMessage toMinh = said(minh, t -> t.startsWith("📝 Báo cáo sơ kết 6 tháng: hạn nộp 15/5/" + year));
        assertThat(toMinh.text()).contains("“Giao cho tổ chức trực thuộc”");
        assertThat(toMinh.hasButton("📤 Đã nộp")).isTrue();
        ChatMessage toCuong = said(cuong, t -> t.startsWith("📝 Báo cáo sơ kết 6 tháng"));
        assertThat(toCuong.hasButton("📋 Giao cho tổ chức trực thuộc"))
                .as("a cell has no one below")
                .isFalse();
        assertThat(an.fromBot()).isEmpty();

        // The sub-committee hands it down to its cells, not later than the bloc's due date.
        minh.taps(toMinh, "📋 Giao cho tổ chức trực thuộc");
        said(minh, t -> t.startsWith("Hạn các tổ chức trực thuộc nộp cho đảng bộ là ngày nào?"));
        assertThat(becomes(minh, toMinh, t -> t.startsWith("📝 Báo cáo sơ kết 6 tháng"))
                        .hasButton("📤 Đã nộp"))
                .as("the reminder keeps its text and its buttons: the form is a new message")
                .isTrue();
        minh.sends("20/5");
        said(minh, t -> t.startsWith("Hạn giao cho cấp dưới phải trước hoặc đúng hạn nộp lên cấp trên (15/5/" + year));
        minh.sends("12/5");
        tapOn(minh, "Những tổ chức nào phải nộp?", "Tất cả chi bộ trực thuộc (2)");
        ChatMessage summary = said(minh, t -> t.startsWith("Kiểm tra trước khi lưu:"));
        assertThat(summary.text())
                .contains("• Giao tiếp: Báo cáo sơ kết 6 tháng của " + bloc.name() + " (hạn nộp lên cấp trên 15/5/"
                        + year + ")")
                .contains("• Hạn nộp cho đảng bộ: 12/5/" + year);
        minh.taps(summary, "✅ Lưu");
        becomes(
                minh,
                summary,
                t -> t.equals("Đã đặt hạn nộp Báo cáo sơ kết 6 tháng: 12/5/" + year + ", cho 2 chi bộ."));
        minh.taps(toMinh, "📋 Giao cho tổ chức trực thuộc");
        await("handed down once only").atMost(PATIENCE).until(() -> telegram.answeredCallbacks(minh.id()).stream()
                .anyMatch(c -> c.alert() && c.text() != null && c.text().contains("đã được giao tiếp rồi")));

        // The cells are reminded of the sub-committee's deadline and submit.
        at(LocalDateTime.of(year, 5, 9, 8, 0));
        ChatMessage toAn = said(an, t -> t.startsWith("📝 Báo cáo sơ kết 6 tháng: hạn nộp 12/5/" + year));
        ChatMessage toBinh = said(binh, t -> t.startsWith("📝 Báo cáo sơ kết 6 tháng: hạn nộp 12/5/" + year));
        an.taps(toAn, "📤 Đã nộp");
        tapOn(an, "Nếu muốn lưu kèm tệp báo cáo", "Bỏ qua, không gửi tệp");
        binh.taps(toBinh, "📤 Đã nộp");
        tapOn(binh, "Nếu muốn lưu kèm tệp báo cáo", "Bỏ qua, không gửi tệp");

        // All in: the sub-committee's office is asked to submit its own, once.
        assertThat(at(LocalDateTime.of(year, 5, 10, 8, 0)).queued()).isGreaterThanOrEqualTo(1);
        ChatMessage rolledUp = said(minh, t -> t.startsWith("✅ Báo cáo sơ kết 6 tháng: 2/2 chi bộ của " + sub.name()));
        assertThat(rolledUp.text()).contains("lên " + bloc.name() + " (hạn 15/5/" + year + ")");
        assertThat(at(LocalDateTime.of(year, 5, 10, 9, 0)).queued()).as("once").isZero();

        // After the bloc's due date its leader sees its two organisations counted, and how far the sub-committee is.
        at(LocalDateTime.of(year, 5, 16, 8, 0));
        ChatMessage digest = said(khanh, t -> t.startsWith("⏰ Quá hạn: Báo cáo sơ kết 6 tháng (hạn 15/5/" + year));
        assertThat(digest.text())
                .contains("Đã nộp 0/2 tổ chức đảng trực thuộc; 2 tổ chức đảng trực thuộc chưa nộp:")
                .contains("• " + sub.name() + " — trễ 1 ngày (cấp dưới đã nộp 2/2)")
                .contains("• " + topCell.name() + " — trễ 1 ngày");

        minh.taps(rolledUp, "📤 Đã nộp");
        tapOn(minh, "Nếu muốn lưu kèm tệp báo cáo", "Bỏ qua, không gửi tệp");
        becomes(khanh, digest, t -> t.contains("Đã nộp 1/2 tổ chức đảng trực thuộc;"));
        khanh.sends("/quahan");
        ChatMessage overdue = said(khanh, t -> t.startsWith("📮 Báo cáo quá hạn — " + bloc.name()));
        assertThat(overdue.text())
                .contains("Báo cáo sơ kết 6 tháng (hạn 15/5/" + year + "): đã nộp 1/2 tổ chức đảng trực thuộc,")
                .contains("• " + topCell.name())
                .doesNotContain("• " + sub.name());

        cuong.taps(toCuong, "📤 Đã nộp");
        becomes(
                khanh,
                digest,
                t -> t.equals("✅ Báo cáo sơ kết 6 tháng (hạn 15/5/" + year
                        + "): 100% hoàn thành — 2/2 tổ chức đảng trực thuộc đã nộp."));

        Deadlines deadlines = chibo.bean(Deadlines.class);
        Deadline blocs = deadlines.openWithin(Scope.of(bloc)).stream()
                .filter(d -> d.committeeId() == bloc.id())
                .findFirst()
                .orElseThrow();
        assertThat(deadlines.submissions(blocs.id(), LocalDate.of(year, 5, 15)))
                .as("one submission per organisation the bloc asked, the sub-committee's once")
                .containsOnlyKeys(sub.id(), topCell.id());
    }
}

package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.content.access.Role;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.Person;

/**
 * The year's plan as a bloc runs it from the phone: its office opens it for its two direct subordinates, both are
 * asked at once; the sub-committee registers its topics and model from the request's button; the office sees 1/2 and
 * nudges the other, once a day; a cell of the sub-committee logs its thematic meeting on the planned topic, offered
 * as a button; and the bloc's leader sees that planned topic counted as held.
 */
class PlanIT extends EndToEndTest {

    int year;
    OrgUnit bloc;
    OrgUnit sub;
    OrgUnit topCell;
    Person ha; // the bloc's office
    Person khanh; // the bloc's leader
    Person minh; // the sub-committee's office
    Person an; // secretary of a cell of the sub-committee
    Person cuong; // secretary of the cell right under the bloc

    @BeforeEach
    void aBlocWithASubCommitteeAndACellOfItsOwn() {
        year = LocalDateTime.now(clock).getYear() + 1;
        clock.moveTo(LocalDateTime.of(year, 2, 10, 9, 0));
        ha = aPerson("Hà");
        khanh = aPerson("Khánh");
        minh = aPerson("Minh");
        an = aPerson("An");
        cuong = aPerson("Cường");
        bloc = org.committee("Đảng bộ Khối " + ha.id());
        sub = org.committeeUnder(bloc, "Đảng bộ Sở Xây dựng " + ha.id());
        OrgUnit planning = org.cellOf(
                sub, "Chi bộ Kế hoạch " + ha.id(), "CB KH", "Nguyễn Văn An", "Phạm Thị Hoa", "Hoàng Văn Nam");
        topCell = org.cellOf(bloc, "Chi bộ Báo Khối " + ha.id(), "CB BK", "Phạm Văn Cường");
        org.give(ha.id(), "Vũ Thu Hà", Role.OFFICE, bloc);
        org.give(khanh.id(), "Lê Quốc Khánh", Role.LEADER, bloc);
        org.give(minh.id(), "Đỗ Văn Minh", Role.OFFICE, sub);
        org.give(an.id(), "Nguyễn Văn An", Role.SECRETARY, planning);
        org.give(cuong.id(), "Phạm Văn Cường", Role.SECRETARY, topCell);
    }

    @Test
    void aPlanIsOpenedRegisteredNudgedAndAThematicMeetingIsHeldOnItsPlannedTopic() {
        // The office opens the year's plan.
        ha.sends("/kehoach");
        ChatMessage none = said(ha, t -> t.startsWith("📋 " + bloc.name() + " chưa mở kế hoạch năm " + year));
        ha.taps(none, "➕ Mở kế hoạch năm " + year);
        tapOn(ha, "Mở kế hoạch cho năm nào?", "Năm " + year);
        said(ha, t -> t.startsWith("Các tổ chức đăng ký kế hoạch năm " + year + " trước ngày nào?"));
        ha.sends("28/2");
        tapOn(ha, "Những tổ chức nào đăng ký?", "Các tổ chức đảng trực thuộc (2)");
        ha.taps(said(ha, t -> t.startsWith("Kiểm tra trước khi lưu:")), "✅ Lưu");
        said(
                ha,
                t -> t.equals("Đã mở kế hoạch năm " + year + ": 2 tổ chức đăng ký trước 28/2/" + year
                        + "; đã gửi đề nghị đến 2 tổ chức có người dùng chibo."));

        // Both organisations asked are told at once; the cells below the sub-committee are not.
        ChatMessage toMinh = said(minh, t -> t.startsWith("📝 " + bloc.name() + " đề nghị đơn vị đăng ký"));
        said(cuong, t -> t.startsWith("📝 " + bloc.name() + " đề nghị đơn vị đăng ký"));
        assertThat(an.fromBot()).isEmpty();

        // The sub-committee registers from the request's button.
        minh.taps(toMinh, "📝 Đăng ký kế hoạch năm " + year);
        said(minh, t -> t.startsWith("Chuyên đề sinh hoạt quý I?"));
        minh.sends("Chuyển đổi số trong cơ quan nhà nước");
        said(minh, t -> t.startsWith("Chuyên đề sinh hoạt quý II?"));
        minh.sends("Nêu gương, tự soi, tự sửa");
        said(minh, t -> t.startsWith("Chuyên đề sinh hoạt quý III?"));
        minh.sends("Văn hóa công sở");
        said(minh, t -> t.startsWith("Chuyên đề sinh hoạt quý IV?"));
        minh.sends("Tổng kết học tập và làm theo năm " + year);
        said(minh, t -> t.startsWith("Tên mô hình “học tập và làm theo”"));
        minh.sends("Đoàn kết, trách nhiệm");
        said(minh, t -> t.startsWith("Nội dung mô hình"));
        minh.sends("Mỗi đảng viên đăng ký một việc làm cụ thể, chi bộ kiểm điểm hằng tháng.");
        tapOn(minh, "Cam kết của đơn vị", "Bỏ qua");
        ChatMessage summary = said(minh, t -> t.startsWith("Kiểm tra trước khi lưu — Kế hoạch năm " + year));
        assertThat(summary.text())
                .contains("• Quý I: Chuyển đổi số trong cơ quan nhà nước", "• Mô hình: Đoàn kết, trách nhiệm")
                .contains("• Cam kết: (không ghi)");
        minh.taps(summary, "✅ Lưu");
        becomes(minh, summary, t -> t.startsWith("Đã đăng ký kế hoạch năm " + year + "."));

        // The office sees one of two, and nudges the other — once a day.
        ha.sends("/kehoach");
        ChatMessage progress = said(ha, t -> t.startsWith("📋 Kế hoạch năm " + year + " của " + bloc.name()));
        assertThat(progress.text())
                .contains("Đã đăng ký: 1/2 tổ chức (50%).")
                .contains("Chưa đăng ký:\n• " + topCell.name())
                .doesNotContain("• " + sub.name());
        int beforeNudge = cuong.fromBot().size();
        ha.taps(progress, "🔔 Nhắc 1 tổ chức chưa đăng ký");
        said(ha, t -> t.startsWith("🔔 Đã gửi lời nhắc đến 1/1 tổ chức chưa đăng ký"));
        awaitBotMessages(cuong, beforeNudge + 1);
        ha.taps(progress, "🔔 Nhắc 1 tổ chức chưa đăng ký");
        said(ha, t -> t.equals("Hôm nay đã nhắc các tổ chức này rồi; chibo không gửi lại trong ngày."));
        assertThat(cuong.fromBot()).hasSize(beforeNudge + 1);

        // A cell of the sub-committee logs its thematic meeting: the planned topic of the quarter is offered first.
        an.sends("/sinhhoat");
        tapOn(an, "Đây là buổi sinh hoạt nào?", "Chuyên đề");
        tapOn(an, "diễn ra ngày nào", "Hôm qua (9/2/" + year + ")");
        said(an, t -> t.startsWith("Bắt đầu lúc mấy giờ?"));
        an.sends("8h đến 10h30");
        said(an, t -> t.startsWith("Địa điểm sinh hoạt?"));
        an.sends("Phòng họp tầng 3");
        tapOn(an, "Chủ đề của buổi sinh hoạt chuyên đề?", "📌 Theo kế hoạch: Chuyển đổi số trong cơ quan nhà nước");
        tapOn(an, "Điểm danh", "✔ Xong");
        tapOn(an, "Đại biểu dự", "Bỏ qua");
        tapOn(an, "chủ trì", "Nguyễn Văn An");
        tapOn(an, "thư ký", "Phạm Thị Hoa");
        tapOn(an, "trình bày báo cáo đề dẫn", "Hoàng Văn Nam");
        said(an, t -> t.startsWith("Tham luận, ý kiến"));
        an.sends("Hoa: Đề xuất số hóa hồ sơ lưu trữ của phòng.");
        tapOn(an, "Đã ghi 1 đoạn", "✔ Xong");
        said(an, t -> t.startsWith("Kết luận của chủ trì"));
        an.sends("Chi bộ thống nhất lộ trình số hóa hồ sơ trong năm.");
        tapOn(an, "Kết luận của chủ trì", "✔ Xong");
        tapOn(an, "biểu quyết thông qua văn bản", "Không biểu quyết");
        tapOn(an, "Tự đánh giá", "✔ Xong");
        tapOn(an, "Biên bản đọc lại", "Cả 3 đồng chí có mặt nhất trí");
        tapOn(an, "Gửi ảnh", "Bỏ qua");
        ChatMessage meeting = said(an, t -> t.startsWith("Kiểm tra trước khi lưu:"));
        assertThat(meeting.text()).contains("Chuyển đổi số trong cơ quan nhà nước");
        an.taps(meeting, "✅ Lưu");
        awaitLastBotMessage(an, m -> m.file() != null);
        assertThat(chibo.bean(Meetings.class)
                        .cellsThatMet(MeetingKind.thematic(), LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31)))
                .isNotEmpty();

        // The bloc's leader sees the planned topic held.
        khanh.sends("/kehoach");
        ChatMessage seen = said(khanh, t -> t.startsWith("📋 Kế hoạch năm " + year + " của " + bloc.name()));
        assertThat(seen.text())
                .contains("Đã đăng ký: 1/2 tổ chức (50%).")
                .contains("Chuyên đề theo kế hoạch đã tổ chức: 1/1 (tính đến quý hiện tại).");
        assertThat(seen.hasButton("➕ Mở kế hoạch năm " + year))
                .as("the leader does not open plans")
                .isFalse();
    }
}

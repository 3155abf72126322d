package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.content.access.Role;
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

/**
 * Questions typed as people type them, through the local Bot API server: a leader gets the cells that have not met
 * with the same cells /chuahop names, a sub-committee's status, another month by a button, and "/hoi"; a secretary
 * gets her own cell's answer and a plain refusal about another cell; a stranger gets nothing of it.
 */
class AskIT extends EndToEndTest {

    int year;
    OrgUnit bloc;
    OrgUnit sub;
    OrgUnit office;
    OrgUnit audit;
    OrgUnit paper;
    Person leader;
    Person secretary;

    @BeforeEach
    void aBlocWhereOneCellOfThreeHasMetThisMonth() {
        year = LocalDateTime.now(clock).getYear() + 1;
        clock.moveTo(LocalDateTime.of(year, 3, 20, 9, 0));
        leader = aPerson("Khánh");
        secretary = aPerson("Cúc");
        bloc = org.committee("Đảng bộ Khối " + leader.id());
        sub = org.committeeUnder(bloc, "Đảng bộ Sở Tư pháp");
        office = org.cellOf(sub, "Chi bộ Văn phòng", "CB VP", "Nguyễn Văn An", "Phạm Thị Hoa");
        audit = org.cellOf(sub, "Chi bộ Thanh tra", "CB TT", "Trần Thị Bình");
        paper = org.cellOf(bloc, "Chi bộ Báo Khối", "CB BK", "Lê Thị Cúc");
        org.give(leader.id(), "Lê Quốc Khánh", Role.LEADER, bloc);
        org.give(secretary.id(), "Lê Thị Cúc", Role.SECRETARY, paper);
        List<Member> in = chibo.bean(Members.class).ofCell(office.id());
        chibo.bean(Meetings.class)
                .record(
                        new MeetingRecord(
                                office.id(),
                                MeetingKind.MONTHLY,
                                LocalDate.of(year, 3, 5),
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
                                in.get(1).id(),
                                null,
                                "a",
                                "b",
                                "c",
                                "d",
                                new Votes(2, 0, 0),
                                List.of()),
                        null,
                        1L);
    }

    @Test
    void aLeaderAsksWhichCellsHaveNotMetAndGetsWhatChuahopSays() {
        leader.sends("/chuahop");
        ChatMessage command = awaitLastBotMessage(leader, m -> m.text() != null);
        leader.sends("chi bộ nào chưa họp tháng này?");
        ChatMessage answer = said(leader, t -> t.startsWith("🔎 Hiểu là: chi bộ chưa sinh hoạt thường kỳ"));
        assertThat(answer.text())
                .startsWith("🔎 Hiểu là: chi bộ chưa sinh hoạt thường kỳ — tháng 3/" + year + " — " + bloc.name()
                        + "\n\nchi bộ chưa sinh hoạt thường kỳ — tháng 3/" + year + ": 2/3 chi bộ")
                .contains("• Chi bộ Thanh tra (" + sub.name() + ")", "• Chi bộ Báo Khối (" + bloc.name() + ")")
                .doesNotContain("Chi bộ Văn phòng");
        assertThat(command.text())
                .as("/chuahop names the same cells")
                .contains("Chi bộ Thanh tra", "Chi bộ Báo Khối")
                .doesNotContain("Chi bộ Văn phòng");

        // The same question for last month, by the button under the answer.
        leader.taps(answer, "tháng 2/" + year);
        said(leader, t -> t.contains("chi bộ chưa sinh hoạt thường kỳ — tháng 2/" + year + ": 3/3 chi bộ"));
    }

    @Test
    void aLeaderAsksAboutASubCommitteeWithoutDiacriticsAndByCommand() {
        leader.sends("tinh hinh dang bo so tu phap thang nay");
        said(
                leader,
                t -> t.startsWith("🔎 Hiểu là: tình hình sinh hoạt, báo cáo, khen thưởng — tháng 3/" + year + " — "
                        + sub.name() + "\n\n📊 Tình hình " + sub.name()));

        leader.sends("/hoi cb van phong hop chua");
        said(leader, t -> t.endsWith("\n\n✅ Chi bộ Văn phòng đã sinh hoạt thường kỳ tháng 3/" + year + "."));

        leader.sends("buổi họp gần nhất của chi bộ Văn phòng");
        ChatMessage last = said(
                leader,
                t -> t.startsWith("🔎 Hiểu là: buổi sinh hoạt gần nhất — hiện nay — Chi bộ Văn phòng")
                        && t.endsWith("Buổi sinh hoạt gần nhất của Chi bộ Văn phòng: ngày 5/3/" + year
                                + ", Thường kỳ (hằng tháng); có mặt 2/2 đồng chí."));
        assertThat(last.hasButton("📄 Tải biên bản")).isTrue();
        leader.sends("biên bản họp tháng 2 của chi bộ Văn phòng");
        said(leader, t -> t.endsWith("Chi bộ Văn phòng không ghi buổi sinh hoạt nào trong tháng 2/" + year + "."));

        leader.sends("chi bộ Tài nguyên họp chưa?");
        said(leader, t -> t.equals("Không tìm thấy “tai nguyen” trong phạm vi đồng chí theo dõi."));

        leader.sends("xin chào");
        said(leader, t -> t.startsWith("chibo chưa hiểu câu hỏi này."));
    }

    @Test
    void aSecretaryGetsHerOwnCellAndNothingOfAnotherAndAStrangerNothingAtAll() {
        secretary.sends("chi bộ mình tháng này họp chưa");
        said(
                secretary,
                t -> t.equals("🔎 Hiểu là: chi bộ chưa sinh hoạt thường kỳ — tháng 3/" + year + " — Chi bộ Báo Khối"
                        + "\n\n⚠️ Chi bộ Báo Khối chưa sinh hoạt thường kỳ tháng 3/" + year + "."));

        secretary.sends("chi bộ Văn phòng tháng này họp chưa?");
        said(secretary, t -> t.equals("Không tìm thấy “van phong” trong phạm vi đồng chí theo dõi."));
        assertThat(secretary.fromBot())
                .noneMatch(m -> m.text() != null && m.text().contains("đã sinh hoạt"));

        Person stranger = aPerson("Người lạ");
        stranger.sends("chi bộ nào chưa họp tháng này?");
        said(stranger, t -> t.startsWith("chibo chưa hiểu tin nhắn này."));
        assertThat(stranger.fromBot()).hasSize(1);
    }
}

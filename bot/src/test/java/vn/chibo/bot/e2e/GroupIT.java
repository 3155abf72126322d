package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.content.access.Role;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.Group;
import vn.chibo.localapi.Person;
import vn.chibo.scheduler.reminder.RemindDue;

/**
 * A cell's Telegram group, as its people use it: the secretary adds the bot and links the group from there; someone
 * without a role cannot; the group receives the meeting notice and its document, and nothing private (who answered,
 * who is absent and why, the reminders); the bot hears only its commands there; unlinking and removal end it.
 */
class GroupIT extends EndToEndTest {

    @Test
    void theGroupGetsTheNoticeButNoPrivateDetail() {
        int year = LocalDateTime.now(clock).getYear() + 1;
        clock.moveTo(LocalDateTime.of(year, 3, 1, 9, 0));
        Person an = aPerson("An");
        Person hoa = aPerson("Hoa");
        Person tam = aPerson("Tâm");
        OrgUnit committee = org.committee("Đảng ủy Phường " + an.id());
        OrgUnit cell = org.cellOf(committee, "Chi bộ Khu phố 7 " + an.id(), "CB KP7");
        Members members = chibo.bean(Members.class);
        members.add(cell, "Nguyễn Thị An", MemberStatus.OFFICIAL, null);
        Member hoaRecord = members.add(cell, "Phạm Thị Hoa", MemberStatus.OFFICIAL, null);
        members.add(cell, "Lê Văn Cường", MemberStatus.OFFICIAL, null);
        members.linkTelegram(hoaRecord, hoa.id());
        org.give(an.id(), "Nguyễn Thị An", Role.SECRETARY, cell);
        Group group = telegram.group(-an.id(), "Chi bộ KP7 — nhóm chung");

        // Someone without a role adds the bot: it says who can link the group, and links nothing.
        group.addsTheBot(tam);
        await().atMost(PATIENCE).until(() -> !group.fromBot().isEmpty());
        assertThat(group.fromBot().get(0).text()).startsWith("chibo chỉ gửi thông báo vào nhóm khi bí thư");
        assertThat(group.fromBot().get(0).keyboard()).isEmpty();

        // The secretary asks from the group; a press by someone else is refused; hers links it.
        an.sendsIn(group, "/lienketnhom@chibo_test_bot");
        await().atMost(PATIENCE).until(() -> group.fromBot().size() == 2);
        ChatMessage offer = group.fromBot().get(1);
        assertThat(offer.text()).startsWith("Đồng chí An có thể liên kết nhóm này với đơn vị của mình.");
        tam.tapsIn(group, offer, "🔗 " + cell.name());
        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(tam.id()).stream()
                .anyMatch(c -> "Đồng chí không có quyền thực hiện thao tác này.".equals(c.text())));
        assertThat(linkedGroups(cell)).isZero();
        an.tapsIn(group, offer, "🔗 " + cell.name());
        await().atMost(PATIENCE).until(() -> group.messages().stream()
                .anyMatch(m -> m.messageId() == offer.messageId()
                        && m.text().startsWith("✅ Nhóm này đã được liên kết với " + cell.name())));
        assertThat(linkedGroups(cell)).isEqualTo(1);

        // Privacy mode: plain talk in the group never reaches the bot; another command is pointed to a private chat.
        assertThat(hoa.sendsIn(group, "Chiều nay ai đi họp?")).isNull();
        an.sendsIn(group, "/tinhhinh");
        await().atMost(PATIENCE).until(() -> group.fromBot().size() == 3);
        assertThat(group.fromBot().get(2).text()).startsWith("Trong nhóm, chibo chỉ nhận /lienketnhom");

        // The notice: the summary says the group gets it; the group gets the meeting and the document, no buttons.
        an.sends("/thongbao");
        tapOn(an, "Đây là buổi sinh hoạt nào?", "Thường kỳ (hằng tháng)");
        said(an, t -> t.startsWith("Ngày họp?"));
        an.sends("5/3");
        said(an, t -> t.startsWith("Họp lúc mấy giờ?"));
        an.sends("14h");
        said(an, t -> t.startsWith("Địa điểm họp?"));
        an.sends("Nhà văn hóa khu phố 7");
        tapOn(an, "Chương trình sinh hoạt?", "📋 Dùng chương trình mẫu");
        said(an, t -> t.startsWith("Tài liệu gửi kèm"));
        an.sendsDocument(
                "du-thao-nghi-quyet.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), null);
        tapOn(an, "Đã nhận 1 tệp", "✔ Xong");
        ChatMessage summary = said(an, t -> t.startsWith("📣 Thông báo triệu tập — xem lại trước khi gửi"));
        assertThat(summary.text()).contains("Thông báo cũng được gửi vào nhóm Telegram của chi bộ");
        an.taps(summary, "✅ Lưu");
        await().atMost(PATIENCE).until(() -> group.fromBot().stream().anyMatch(m -> m.file() != null));
        ChatMessage posted = group.fromBot().get(3);
        assertThat(posted.text())
                .startsWith("📣 THÔNG BÁO TRIỆU TẬP\n" + cell.name() + " triệu tập sinh hoạt thường kỳ")
                .contains("tại Nhà văn hóa khu phố 7")
                .contains("trả lời dự họp hay xin vắng trong tin nhắn riêng với chibo (/cuochop)");
        assertThat(posted.keyboard())
                .as("nobody answers for someone else in a group")
                .isEmpty();
        assertThat(group.fromBot().get(4).file().fileName()).isEqualTo("du-thao-nghi-quyet.pdf");

        // Hoa answers absent with a reason, in her chat; the secretary looks and reminds: the group hears none of it.
        ChatMessage toHoa = arrived(hoa, t -> t.startsWith("📣 THÔNG BÁO TRIỆU TẬP"));
        hoa.taps(toHoa, "❌ Xin vắng mặt");
        ChatMessage reasons = becomes(hoa, toHoa, t -> t.endsWith("hoặc bấm “Lý do khác” để gõ."));
        hoa.taps(reasons, "Ốm đau");
        becomes(hoa, toHoa, t -> t.endsWith("Lý do: Ốm đau."));
        ChatMessage follow = said(an, t -> t.startsWith("📋 Theo dõi trả lời của đảng viên"));
        an.taps(follow, "📋 Xem trả lời");
        ChatMessage replies = becomes(an, follow, t -> t.startsWith("📋 Trả lời thông báo sinh hoạt"));
        an.taps(replies, "🔔 Nhắc người chưa trả lời");
        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(an.id()).size() >= 3);
        await().pollDelay(Duration.ofSeconds(2)).atMost(PATIENCE).until(() -> true);
        assertThat(group.fromBot()).hasSize(5);
        assertThat(group.fromBot())
                .as("nothing private in the group")
                .noneMatch(m -> m.text() != null
                        && (m.text().contains("Phạm Thị Hoa")
                                || m.text().contains("Ốm đau")
                                || m.text().contains("Lê Văn Cường")
                                || m.text().contains("vắng:")));

        // Unlinking from the group, then the bot removed: nothing more goes there.
        hoa.sendsIn(group, "/huylienket");
        await().atMost(PATIENCE).until(() -> group.fromBot().size() == 6);
        assertThat(group.fromBot().get(5).text()).isEqualTo("Đồng chí không có quyền thực hiện thao tác này.");
        an.sendsIn(group, "/huylienket");
        await().atMost(PATIENCE).until(() -> group.fromBot().size() == 7);
        assertThat(group.fromBot().get(6).text())
                .isEqualTo("Đã hủy liên kết nhóm với " + cell.name() + ". chibo không gửi gì vào nhóm này nữa.");
        assertThat(linkedGroups(cell)).isZero();
        an.sendsIn(group, "/lienketnhom");
        await().atMost(PATIENCE).until(() -> group.fromBot().size() == 8);
        an.tapsIn(group, group.fromBot().get(7), "🔗 " + cell.name());
        await().atMost(PATIENCE).until(() -> linkedGroups(cell) == 1);
        group.removesTheBot(an);
        await().atMost(PATIENCE).until(() -> linkedGroups(cell) == 0);
    }

    @Test
    void aCommitteesGroupGetsTheOverdueDigestWhichNamesOrganisationsOnly() {
        int year = LocalDateTime.now(clock).getYear() + 1;
        clock.moveTo(LocalDateTime.of(year, 5, 1, 9, 0));
        Person ha = aPerson("Hà");
        Person an = aPerson("An");
        OrgUnit committee = org.committee("Đảng bộ Sở Nội vụ " + ha.id());
        OrgUnit late = org.cellOf(committee, "Chi bộ Văn phòng " + ha.id(), "CB VP", "Nguyễn Văn An");
        OrgUnit early = org.cellOf(committee, "Chi bộ Thanh tra " + ha.id(), "CB TT", "Trần Thị Bình");
        org.give(ha.id(), "Vũ Thu Hà", Role.OFFICE, committee);
        org.give(an.id(), "Nguyễn Văn An", Role.SECRETARY, late);
        Group group = telegram.group(-ha.id(), "Đảng ủy Sở Nội vụ");
        group.addsTheBot(ha);
        await().atMost(PATIENCE).until(() -> !group.fromBot().isEmpty());
        ha.tapsIn(group, group.fromBot().get(0), "🔗 " + committee.name());
        await().atMost(PATIENCE).until(() -> linkedGroups(committee) == 1);

        Deadlines deadlines = chibo.bean(Deadlines.class);
        Deadline deadline = deadlines.create(
                committee,
                "Báo cáo quý II",
                LocalDate.of(year, 5, 15),
                0,
                Deadline.Targets.DIRECT,
                List.of(),
                null,
                ha.id());
        deadlines.submitAt(deadline.id(), early.id(), LocalDate.of(year, 5, 15), clock.instant(), ha.id());
        clock.moveTo(LocalDateTime.of(year, 5, 16, 8, 0));
        chibo.bean(RemindDue.class).run();

        await().atMost(PATIENCE).until(() -> group.fromBot().size() == 2);
        ChatMessage digest = group.fromBot().get(1);
        assertThat(digest.text())
                .startsWith("⏰ Quá hạn: Báo cáo quý II (hạn 15/5/" + year)
                .contains("• " + late.name() + " — trễ 1 ngày")
                .doesNotContain("Nguyễn Văn An");
        assertThat(digest.keyboard()).isEmpty();
    }

    private long linkedGroups(OrgUnit cell) {
        return chibo.bean(JdbcClient.class)
                .sql("SELECT COUNT(*) FROM unit_group WHERE unit_id = ?")
                .param(cell.id())
                .query(Long.class)
                .single();
    }
}

package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chibo.content.access.Role;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.Person;

class FirstContactIT extends EndToEndTest {

    @Test
    void greetsASecretaryByNameAndRoleWithTheMainMenu() {
        Person an = aPerson("An");
        OrgUnit committee = org.committee("Đảng bộ Sở Tư pháp");
        OrgUnit cell =
                org.cellOf(committee, "Chi bộ Phòng Hành chính", "CB Hành chính", "Nguyễn Văn An", "Phạm Thị Hoa");
        org.give(an.id(), "Nguyễn Văn An", Role.SECRETARY, cell);

        an.sends("/start");

        ChatMessage greeting = awaitBotMessages(an, 1).get(0);
        assertThat(greeting.text())
                .startsWith("Chào đồng chí Nguyễn Văn An!")
                .contains("Bí thư Chi bộ Phòng Hành chính");
        assertThat(greeting.hasButton("📖 Hướng dẫn")).isTrue();
        assertThat(greeting.hasButton("🔁 Đổi vai trò"))
                .as("one role only: nothing to switch")
                .isFalse();
    }

    @Test
    void tellsSomeoneWithoutARoleHowToGetOneAndTheirTelegramId() {
        Person stranger = aPerson("Cường");

        stranger.sends("/start");

        String reply = awaitBotMessages(stranger, 1).get(0).text();
        assertThat(reply)
                .contains("Chào đồng chí Cường!")
                .contains("chưa được giao vai trò")
                .contains("Mã Telegram của đồng chí: " + stranger.id());
    }

    @Test
    void refusesAnInvitationCodeItDoesNotKnow() {
        Person stranger = aPerson("Dũng");

        stranger.sends("/start 7f3a9c0d2e");

        assertThat(awaitBotMessages(stranger, 1).get(0).text()).startsWith("Mã mời không hợp lệ hoặc đã hết hạn");
    }

    @Test
    void helpListsTheCommandsInVietnamese() {
        Person an = aPerson("An");
        org.give(an.id(), "Nguyễn Văn An", Role.SECRETARY, org.cellOf(org.committee("ĐB H"), "Chi bộ H", "CB H"));

        an.sends("/help");

        assertThat(awaitBotMessages(an, 1).get(0).text())
                .startsWith("Hướng dẫn sử dụng chibo")
                .contains("/start — mở menu chính")
                .contains("/huy — hủy thao tác đang làm dở");
    }

    @Test
    void answersAnUnknownCommandByName() {
        Person person = aPerson("Hà");

        person.sends("/thongke@chibo_test_bot tháng 11");

        assertThat(awaitBotMessages(person, 1).get(0).text())
                .isEqualTo("chibo không có lệnh /thongke. Gõ /help để xem các lệnh có thể dùng.");
    }

    @Test
    void pointsFreeTextAndStrayFilesBackToTheMenu() {
        Person person = aPerson("Lan");

        person.sends("cho tôi xem tình hình");
        person.sendsDocument("bao-cao.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), null);

        var replies = awaitBotMessages(person, 2);
        assertThat(replies.get(0).text()).startsWith("chibo chưa hiểu tin nhắn này.");
        assertThat(replies.get(1).text()).startsWith("chibo chưa cần tệp nào lúc này.");
    }

    @Test
    void registersTheCommandMenuWithVietnameseDescriptions() {
        await().atMost(PATIENCE).until(() -> !telegram.myCommands().isEmpty());

        assertThat(telegram.myCommands())
                .contains(Map.of("command", "start", "description", "Bắt đầu, mở menu chính"))
                .contains(Map.of("command", "huy", "description", "Hủy thao tác đang làm dở"))
                .allSatisfy(c -> assertThat(c.get("description").toString()).isNotBlank());
        await().atMost(PATIENCE)
                .until(() -> !telegram.myCommands("all_group_chats").isEmpty());
        assertThat(telegram.myCommands("all_group_chats"))
                .as("in a group, the menu shows only what the bot hears there")
                .extracting(c -> c.get("command"))
                .containsExactly("lienketnhom", "huylienket");
    }
}

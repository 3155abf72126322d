package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.Person;

/** Buttons as people really press them: once, twice, late, or forged. */
class ButtonsIT extends EndToEndTest {

    Person binh;
    RoleAssignment leader;
    RoleAssignment secretary;

    @BeforeEach
    void aLeaderWhoIsAlsoASecretary() {
        binh = aPerson("Bình");
        OrgUnit committee = org.committee("Đảng bộ Sở Tư pháp " + binh.id());
        OrgUnit office = org.cellOf(committee, "Chi bộ Văn phòng", "CB Văn phòng", "Trần Thị Bình");
        leader = org.give(binh.id(), "Trần Thị Bình", Role.LEADER, committee);
        secretary = org.give(binh.id(), "Trần Thị Bình", Role.SECRETARY, office);
    }

    @Test
    void switchesRoleFromTheMenuByEditingTheSameMessage() {
        binh.sends("/start");
        ChatMessage menu = awaitBotMessages(binh, 1).get(0);

        binh.taps(menu, "🔁 Đổi vai trò");
        ChatMessage picker = awaitLastBotMessage(binh, m -> m.text().startsWith("Đồng chí muốn làm việc"));
        assertThat(picker.messageId()).isEqualTo(menu.messageId());
        assertThat(picker.hasButton("✓ Lãnh đạo Đảng bộ Sở Tư pháp " + binh.id()))
                .isTrue();

        binh.taps(picker, "Bí thư CB Văn phòng");

        ChatMessage done = awaitLastBotMessage(binh, m -> m.text().startsWith("Đồng chí đang làm việc với vai trò"));
        assertThat(done.text()).isEqualTo("Đồng chí đang làm việc với vai trò: Bí thư Chi bộ Văn phòng.");
        assertThat(done.keyboard()).isEmpty();
        assertThat(binh.fromBot()).hasSize(1);
        assertThat(org.actingRoleOf(binh.id())).isEqualTo(secretary);
    }

    @Test
    void aButtonPressedTwiceActsOnce() {
        binh.sends("/vaitro");
        ChatMessage picker = awaitBotMessages(binh, 1).get(0);

        binh.taps(picker, "Bí thư CB Văn phòng");
        binh.taps(picker, "Bí thư CB Văn phòng");

        await().atMost(PATIENCE)
                .until(() -> telegram.answeredCallbacks(binh.id()).size() == 2);
        assertThat(telegram.answeredCallbacks(binh.id()))
                .extracting(c -> c.text())
                .containsExactlyInAnyOrder(
                        "Đã đổi vai trò",
                        "Nút này đã được bấm hoặc không còn hiệu lực. Đồng chí vui lòng dùng tin nhắn mới nhất.");
        assertThat(binh.lastFromBot().editCount()).isEqualTo(1);
        assertThat(org.actingRoleOf(binh.id())).isEqualTo(secretary);
    }

    @Test
    void aButtonOnAnOlderPickerIsStale() {
        binh.sends("/vaitro");
        ChatMessage older = awaitBotMessages(binh, 1).get(0);
        binh.sends("/vaitro");
        awaitBotMessages(binh, 2);

        binh.taps(older, "Bí thư CB Văn phòng");

        await().atMost(PATIENCE)
                .until(() -> telegram.answeredCallbacks(binh.id()).size() == 1);
        assertThat(telegram.answeredCallbacks(binh.id()).get(0).text())
                .startsWith("Nút này đã được bấm hoặc không còn hiệu lực");
        assertThat(org.actingRoleOf(binh.id())).as("unchanged").isEqualTo(leader);
        assertThat(binh.fromBot().get(0).editCount()).isZero();
    }

    @Test
    void aForgedButtonNamingSomeoneElsesRoleGrantsNothing() {
        Person an = aPerson("An");
        OrgUnit otherCell = org.cellOf(org.committee("Đảng bộ khác " + an.id()), "Chi bộ khác", "CB khác");
        RoleAssignment ansRole = org.give(an.id(), "Nguyễn Văn An", Role.SECRETARY, otherCell);
        binh.sends("/vaitro");
        ChatMessage picker = awaitBotMessages(binh, 1).get(0);
        String realData = picker.button("Bí thư CB Văn phòng").callbackData();
        String forged = realData.substring(0, realData.lastIndexOf(':') + 1) + ansRole.id();

        binh.tapsRaw(picker.messageId(), forged);

        await().atMost(PATIENCE)
                .until(() -> telegram.answeredCallbacks(binh.id()).size() == 1);
        var answer = telegram.answeredCallbacks(binh.id()).get(0);
        assertThat(answer.text()).isEqualTo("Đồng chí không có quyền thực hiện thao tác này.");
        assertThat(answer.alert()).isTrue();
        assertThat(org.actingRoleOf(binh.id())).isEqualTo(leader);
    }

    @Test
    void garbageCallbackDataIsAnsweredAndIgnored() {
        binh.sends("/start");
        ChatMessage menu = awaitBotMessages(binh, 1).get(0);

        binh.tapsRaw(menu.messageId(), "'; DROP TABLE member; --");
        binh.tapsRaw(987_654, "m:help");

        await().atMost(PATIENCE)
                .until(() -> telegram.answeredCallbacks(binh.id()).size() == 2);
        awaitBotMessages(binh, 2);
        assertThat(binh.fromBot()).hasSize(2);
        assertThat(binh.fromBot().get(0).editCount()).isZero();
        assertThat(binh.fromBot().get(1).text())
                .as("the help that could not be edited in arrives as a new message")
                .startsWith("Hướng dẫn sử dụng chibo");
    }

    @Test
    void cancelEndsThePickerAndItsButtonsGoStale() {
        binh.sends("/vaitro");
        ChatMessage picker = awaitBotMessages(binh, 1).get(0);

        binh.sends("/huy");
        ChatMessage cancelled = awaitBotMessages(binh, 2).get(1);
        assertThat(cancelled.text()).isEqualTo("Đã hủy thao tác đang làm. Không có gì được lưu.");
        assertThat(cancelled.hasButton("📖 Hướng dẫn"))
                .as("the main menu comes with it, so the person can go on: " + cancelled.keyboard())
                .isTrue();
        binh.taps(picker, "Bí thư CB Văn phòng");

        await().atMost(PATIENCE)
                .until(() -> telegram.answeredCallbacks(binh.id()).size() == 1);
        assertThat(org.actingRoleOf(binh.id())).isEqualTo(leader);
        binh.sends("/huy");
        assertThat(awaitBotMessages(binh, 3).get(2).text()).isEqualTo("Hiện không có thao tác nào đang làm dở để hủy.");

        binh.sends("/khenthuong");
        said(binh, t -> t.startsWith("Thao tác này thuộc vai trò Bí thư ") && t.contains("gõ /vaitro"));
    }
}

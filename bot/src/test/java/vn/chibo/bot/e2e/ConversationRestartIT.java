package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chibo.content.access.Role;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;
import vn.chibo.localapi.Person;

/** chibo stops in the middle of a secretary's meeting log; after it starts again, the conversation goes on where it was. */
class ConversationRestartIT {

    @TempDir
    Path dir;

    @Test
    void aConversationSurvivesARestart() throws Exception {
        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_restart_bot");
        try (var server = LocalBotApiServer.start(telegram, 0)) {
            Map<String, String> settings = RunningChibo.testSettings(server, ChildChibo.h2File(dir));
            Person an = telegram.person(61_001, "An");
            ChatMessage askedPlace;
            try (RunningChibo first = RunningChibo.start(settings)) {
                Organisation org = new Organisation(first);
                OrgUnit cell = org.cellOf(org.committee("Đảng bộ"), "Chi bộ Văn phòng", "CB VP");
                first.bean(Members.class).add(cell, "Nguyễn Văn An", MemberStatus.OFFICIAL, null);
                first.bean(Members.class).add(cell, "Phạm Thị Hoa", MemberStatus.OFFICIAL, null);
                org.give(an.id(), "Nguyễn Văn An", Role.SECRETARY, cell);

                an.sends("/sinhhoat");
                an.taps(await(an, "Ghi sinh hoạt chi bộ"), "Thường kỳ (hằng tháng)");
                an.sends("hôm qua");
                await(an, "Bắt đầu lúc mấy giờ?");
                an.sends("14h");
                await(an, "Kết thúc lúc mấy giờ?");
                an.sends("16h");
                askedPlace = await(an, "Địa điểm sinh hoạt?");
            }

            try (RunningChibo second = RunningChibo.start(settings)) {
                an.sends("Phòng họp tầng 2");

                ChatMessage attendance = await(an, "Điểm danh");
                assertThat(attendance.messageId()).isGreaterThan(askedPlace.messageId());
                an.taps(attendance, "✔ Xong");
                an.taps(await(an, "Đại biểu dự"), "Bỏ qua");
                ChatMessage chair = await(an, "Đồng chí nào chủ trì?");
                assertThat(chair.hasButton("Nguyễn Văn An")).isTrue();
                assertThat(second.bean(vn.chibo.bot.chat.Conversations.class).find(an.id()))
                        .as("the conversation goes on in the restarted chibo")
                        .isPresent();
            }
        }
    }

    private static ChatMessage await(Person person, String fragment) {
        try {
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> !person.fromBot().isEmpty()
                            && person.lastFromBot().text() != null
                            && person.lastFromBot().text().contains(fragment));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(
                    "Expected '" + fragment + "'; the bot last said: "
                            + (person.fromBot().isEmpty()
                                    ? "nothing"
                                    : person.lastFromBot().text()),
                    e);
        }
        return person.lastFromBot();
    }
}

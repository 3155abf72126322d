package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.Person;

/**
 * The sandbox stopped and started again on the same data answers at once, and a conversation begun before
 * the restart goes on: the local Bot API server's ids keep growing, so chibo's inbox never takes a new
 * message for one it handled before the restart.
 */
class SandboxRestartIT {

    static final long SECRETARY = 1001;

    @TempDir
    Path data;

    @Test
    void aRestartedSandboxAnswersAndTheConversationGoesOn() {
        try (RunningChibo chibo = RunningChibo.start(RunningChibo.sandboxOn(data))) {
            Person an = secretaryIn(chibo);
            an.sends("/start");
            said(an, t -> t.contains("Chào đồng chí Nguyễn Văn An"));
            an.sends("/sinhhoat");
            ChatMessage kind = said(an, t -> t.contains("Đây là buổi sinh hoạt nào"));
            an.taps(kind, kind.keyboard().get(0).get(0).text());
            said(an, t -> t.contains("diễn ra ngày nào"));
        }

        try (RunningChibo chibo = RunningChibo.start(RunningChibo.sandboxOn(data))) {
            Person an = secretaryIn(chibo);
            an.sends("hôm qua");
            said(an, t -> t.contains("Bắt đầu lúc mấy giờ"));
            an.sends("/huy");
            said(an, t -> t.contains("Đã hủy"));
            an.sends("/start");
            said(an, t -> t.contains("Chào đồng chí Nguyễn Văn An"));
        }
    }

    private static Person secretaryIn(RunningChibo chibo) {
        return chibo.bean(LocalBotApiServer.class).telegram().person(SECRETARY, "An");
    }

    private static ChatMessage said(Person person, Predicate<String> text) {
        try {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> !person.fromBot().isEmpty()
                            && person.lastFromBot().text() != null
                            && text.test(person.lastFromBot().text()));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(
                    "Unexpected reply; the bot last said: "
                            + (person.fromBot().isEmpty()
                                    ? "nothing"
                                    : person.lastFromBot().text()),
                    e);
        }
        ChatMessage last = person.lastFromBot();
        assertThat(last.text()).isNotBlank();
        return last;
    }
}

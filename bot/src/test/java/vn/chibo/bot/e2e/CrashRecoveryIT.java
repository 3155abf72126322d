package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;
import vn.chibo.localapi.Person;
import vn.chibo.localapi.RateLimits;

/**
 * A power cut in the middle of a burst: chibo is killed with SIGKILL while updates are being stored,
 * handled and answered, then started again on the same H2 file. This test found that H2's default
 * 500 ms write delay lost committed updates, and that a restarted sender must remember the last run's
 * sends to stay under Telegram's limits. Every message is answered; an update
 * is never applied twice; a reply may be repeated only if the kill fell between Telegram accepting it
 * and chibo recording that (at most one per chat, as one message per chat is in flight).
 */
class CrashRecoveryIT {

    static final int PEOPLE = 25;
    static final int MESSAGES_EACH = 2;

    @TempDir
    Path dir;

    @Test
    void aKilledBotResumesAndAnswersEveryMessage() throws Exception {
        try {
            killAndResume();
        } catch (AssertionError | RuntimeException e) {
            Path log = dir.resolve("chibo.log");
            if (java.nio.file.Files.exists(log)) {
                List<String> lines = java.nio.file.Files.readAllLines(log);
                System.out.println("---- child chibo log (last 80 lines) ----");
                lines.subList(Math.max(0, lines.size() - 80), lines.size()).forEach(System.out::println);
            }
            throw e;
        }
    }

    private void killAndResume() throws Exception {
        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_crash_bot");
        telegram.enforce(RateLimits.telegramDefaults());
        try (var server = LocalBotApiServer.start(telegram, 0)) {
            Map<String, String> settings = RunningChibo.testSettings(server, ChildChibo.h2File(dir));
            List<Person> people = IntStream.range(0, PEOPLE)
                    .mapToObj(i -> telegram.person(70_000 + i, "Người " + i))
                    .toList();
            Path log = dir.resolve("chibo.log");

            ChildChibo first = ChildChibo.start(settings, log);
            people.forEach(p -> p.sends("/start"));
            await().atMost(Duration.ofSeconds(60)).until(() -> answered(people) >= PEOPLE);
            for (int round = 1; round <= MESSAGES_EACH; round++) {
                int r = round;
                people.forEach(p -> p.sends("/lenh_" + r));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> answered(people) >= PEOPLE + 5);
            int beforeKill = answered(people);
            first.kill();

            try (ChildChibo second = ChildChibo.start(settings, log)) {
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> people.stream().allMatch(CrashRecoveryIT::answeredEveryCommand));
                int duplicates = answered(people) - PEOPLE * (1 + MESSAGES_EACH);
                System.out.printf(
                        "Crash recovery: %d of %d replies sent before the kill, %d repeated after restart%n",
                        beforeKill - PEOPLE, PEOPLE * MESSAGES_EACH, duplicates);
                assertThat(beforeKill).as("killed mid-burst").isLessThan(PEOPLE * (1 + MESSAGES_EACH));
                assertThat(duplicates).isBetween(0, PEOPLE);
                for (Person p : people) {
                    long repeatsInChat = p.fromBot().size() - (1 + MESSAGES_EACH);
                    assertThat(repeatsInChat).as("repeats in chat " + p.id()).isLessThanOrEqualTo(1);
                }
                assertThat(telegram.requests()).noneMatch(r -> r.status() == 429);
                assertThat(second.isAlive())
                        .as("the restarted chibo kept running")
                        .isTrue();
            }
        }
    }

    private static int answered(List<Person> people) {
        return people.stream().mapToInt(p -> p.fromBot().size()).sum();
    }

    private static boolean answeredEveryCommand(Person person) {
        List<String> texts = person.fromBot().stream().map(m -> m.text()).toList();
        return IntStream.rangeClosed(1, MESSAGES_EACH)
                        .allMatch(r -> texts.stream().anyMatch(t -> t.contains("/lenh_" + r)))
                && texts.stream().anyMatch(t -> t.contains("Chào đồng chí"));
    }
}

package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.chibo.bot.e2e.WaveFixture.delivered;
import static vn.chibo.bot.e2e.WaveFixture.nudges;
import static vn.chibo.bot.e2e.WaveFixture.seed;

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
 * A reminder wave fired by Quartz itself (every 2 s here) in a chibo of its own JVM, stopped gracefully in the middle
 * and started again on the same H2 file: every reminder arrives exactly once. ({@link PowerCutIT} kills it instead.)
 */
class ReminderWaveIT {

    static final int CELLS = 150;
    static final int SEND_THREADS = 8;

    @TempDir
    Path dir;

    @Test
    void aWaveStoppedGracefullyAndRestartedDeliversEachReminderExactlyOnce() throws Exception {
        int duplicates = stopAndRestartMidWave();

        assertThat(duplicates).isZero();
    }

    private int stopAndRestartMidWave() throws Exception {
        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_wave_bot");
        telegram.enforce(RateLimits.telegramDefaults());
        Path log = dir.resolve("chibo.log");
        try (var server = LocalBotApiServer.start(telegram, 0)) {
            Map<String, String> settings = RunningChibo.testSettings(server, ChildChibo.h2File(dir));
            WaveFixture.forAWave(settings, SEND_THREADS);
            List<Person> secretaries = IntStream.range(0, CELLS)
                    .mapToObj(i -> telegram.person(80_000 + i, "Bí thư " + i))
                    .toList();
            seed(settings, secretaries);

            settings.put("chibo.reminders.sweep-cron", "0/2 * * * * ?");
            ChildChibo first = ChildChibo.start(settings, log);
            await().atMost(Duration.ofSeconds(90)).until(() -> delivered(secretaries) >= CELLS / 3);
            int beforeStop = delivered(secretaries);
            first.close();
            int atStop = delivered(secretaries);

            try (ChildChibo second = ChildChibo.start(settings, log)) {
                await().atMost(Duration.ofSeconds(120))
                        .until(() -> secretaries.stream().allMatch(p -> nudges(p) >= 1));
                // The next sweeps run meanwhile: they must find nothing new to send.
                await().during(Duration.ofSeconds(5))
                        .atMost(Duration.ofSeconds(7))
                        .until(() -> secretaries.stream().allMatch(p -> nudges(p) <= 2));
                int total = delivered(secretaries);
                int duplicates = total - CELLS;
                System.out.printf(
                        "Reminder wave of %d, %s after %d delivered (%d when it stopped): %d delivered in all, %d repeated, %d lost%n",
                        CELLS,
                        "stopped",
                        beforeStop,
                        atStop,
                        total,
                        duplicates,
                        secretaries.stream().filter(p -> nudges(p) == 0).count());
                assertThat(beforeStop).as("stopped mid-wave").isLessThan(CELLS);
                assertThat(secretaries)
                        .allSatisfy(p ->
                                assertThat(nudges(p)).as("nudges to " + p.id()).isBetween(1L, 2L));
                assertThat(telegram.requests()).noneMatch(r -> r.status() == 429);
                assertThat(second.isAlive())
                        .as("the restarted chibo kept running")
                        .isTrue();
                return duplicates;
            }
        } catch (AssertionError | RuntimeException e) {
            WaveFixture.printTail(log, 60);
            throw e;
        }
    }
}

package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.chibo.bot.e2e.WaveFixture.delivered;
import static vn.chibo.bot.e2e.WaveFixture.logSays;
import static vn.chibo.bot.e2e.WaveFixture.nudges;
import static vn.chibo.bot.e2e.WaveFixture.seed;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
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
 * Two chibo instances, each in its own JVM, on one PostgreSQL (Quartz clustered), one bot token, and a
 * reminder wave: the wave is decided once, both instances drain the queue without sending a row twice, and
 * together they keep to Telegram's bot-wide limit. One instance is killed (SIGKILL) mid-wave; the other takes
 * over its claims and finishes. Only a message Telegram accepted in the instant before the kill can repeat
 * (at most one per send thread of the killed instance), as on a single instance.
 */
class ClusterWaveIT {

    static final int CELLS = 300;
    static final int SEND_THREADS = 8;

    @TempDir
    Path dir;

    @Test
    void twoInstancesShareAWaveAndTheSurvivorFinishesItWhenOneIsKilled() throws Exception {
        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_cluster_bot");
        telegram.enforce(RateLimits.telegramDefaults());
        Path logA = dir.resolve("chibo-a.log");
        Path logB = dir.resolve("chibo-b.log");
        String database = TestPostgres.shared().freshDatabase();
        try (var server = LocalBotApiServer.start(telegram, 0)) {
            Map<String, String> settings = RunningChibo.onPostgres(RunningChibo.testSettings(server, database));
            WaveFixture.forAWave(settings, SEND_THREADS);
            List<Person> secretaries = IntStream.range(0, CELLS)
                    .mapToObj(i -> telegram.person(90_000 + i, "Bí thư " + i))
                    .toList();
            seed(settings, secretaries);

            settings.put("chibo.reminders.sweep-cron", "0 0 0 1 1 ? 2099");
            // A starts first and takes the polling lease; B joins, stands by for polling, and shares the sending. The
            // wave starts once both run: B's start replaces the shared Quartz trigger with a sweep every 2 s, which
            // either instance may then fire.
            try (ChildChibo a = ChildChibo.start(settings, logA)) {
                await().atMost(Duration.ofSeconds(60)).until(() -> logSays(logA, "now polls Telegram"));
                settings.put("chibo.reminders.sweep-cron", "0/2 * * * * ?");
                try (ChildChibo b = ChildChibo.start(settings, logB)) {
                    await().atMost(Duration.ofSeconds(120))
                            .until(() -> delivered(secretaries) >= CELLS / 3 && sendersSoFar(database) == 2);
                    int senders = sendersSoFar(database);
                    boolean bStoodBy = logSays(logB, "stands by");
                    a.kill();
                    int atKill = delivered(secretaries);

                    await().atMost(Duration.ofSeconds(120))
                            .until(() -> secretaries.stream().allMatch(p -> nudges(p) >= 1));
                    // Further sweeps on the survivor run meanwhile: they must find nothing new to send.
                    await().during(Duration.ofSeconds(6))
                            .atMost(Duration.ofSeconds(8))
                            .until(() -> delivered(secretaries) - CELLS <= SEND_THREADS
                                    && secretaries.stream().allMatch(p -> nudges(p) <= 2));
                    int total = delivered(secretaries);
                    System.out.printf(
                            "Cluster wave of %d on two instances: %d instance(s) sending before the kill, %d delivered when one was"
                                    + " killed, %d delivered in all, %d repeated, %d lost%n",
                            CELLS,
                            senders,
                            atKill,
                            total,
                            total - CELLS,
                            secretaries.stream().filter(p -> nudges(p) == 0).count());

                    assertThat(senders)
                            .as("instances that sent before the kill")
                            .isEqualTo(2);
                    assertThat(bStoodBy).as("B stood by while A polled").isTrue();
                    assertThat(atKill).as("killed mid-wave").isLessThan(CELLS);
                    assertThat(secretaries).allSatisfy(p -> assertThat(nudges(p))
                            .as("nudges to " + p.id())
                            .isBetween(1L, 2L));
                    assertThat(total - CELLS).as("repeated messages").isBetween(0, SEND_THREADS);
                    assertThat(telegram.requests())
                            .as("429s: the two instances together kept to the bot-wide limit")
                            .noneMatch(r -> r.status() == 429);

                    // The poller died with A: B takes the lease and answers a person.
                    Person stranger = telegram.person(99_999, "Khách");
                    stranger.sends("/start");
                    await().atMost(Duration.ofSeconds(60))
                            .until(() -> !stranger.fromBot().isEmpty());
                    assertThat(logSays(logB, "now polls Telegram")).isTrue();
                    assertThat(b.isAlive()).as("the survivor kept running").isTrue();
                }
            }
        } catch (AssertionError | RuntimeException e) {
            WaveFixture.printTail(logA, 40);
            WaveFixture.printTail(logB, 40);
            throw e;
        }
    }

    /** How many instances have settled a message so far (a settled row keeps the instance that sent it). */
    private static int sendersSoFar(String database) throws Exception {
        try (Connection c = DriverManager.getConnection(database, "postgres", "");
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT COUNT(DISTINCT claimed_by) FROM delivery WHERE status = 'SENT'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

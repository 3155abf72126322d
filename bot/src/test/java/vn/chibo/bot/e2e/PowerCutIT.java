package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.chibo.bot.e2e.WaveFixture.delivered;
import static vn.chibo.bot.e2e.WaveFixture.nudges;
import static vn.chibo.bot.e2e.WaveFixture.seed;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chibo.content.access.Role;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;
import vn.chibo.localapi.Person;
import vn.chibo.localapi.RateLimits;

/**
 * A power cut on a single instance on H2: chibo, in its own JVM, is killed with SIGKILL in the middle of a reminder wave
 * and right after a secretary answered a question of the meeting log, before the next question could reach her. After
 * a restart on the same file the conversation goes on at the next question, her answer kept, and the log can be
 * finished; every reminder of the wave arrives, a repeat only where a message was in flight at the kill (the Bot API
 * gives no way to check those), at most one per send thread.
 */
class PowerCutIT {

    static final int CELLS = 300;
    static final int SEND_THREADS = 8;

    @TempDir
    Path dir;

    @Test
    void aKilledInstanceResumesTheConversationAndTheWave() throws Exception {
        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_power_cut_bot");
        telegram.enforce(RateLimits.telegramDefaults());
        Path log = dir.resolve("chibo.log");
        try (var server = LocalBotApiServer.start(telegram, 0)) {
            Map<String, String> settings = RunningChibo.testSettings(server, ChildChibo.h2File(dir));
            WaveFixture.forAWave(settings, SEND_THREADS);
            List<Person> secretaries = new ArrayList<>(IntStream.range(0, CELLS)
                    .mapToObj(i -> telegram.person(85_000 + i, "Bí thư " + i))
                    .toList());
            seed(settings, secretaries);
            Person an = telegram.person(86_001, "An");
            giveAnACellOfHerOwn(settings, an);
            secretaries.add(an);

            settings.put("chibo.reminders.sweep-cron", "0/2 * * * * ?");
            ChildChibo first = ChildChibo.start(settings, log);
            an.sends("/sinhhoat");
            an.taps(next(an, 0, "Ghi sinh hoạt chi bộ"), "Thường kỳ (hằng tháng)");
            an.sends("hôm qua");
            next(an, 0, "Bắt đầu lúc mấy giờ?");
            an.sends("14h");
            next(an, 0, "Kết thúc lúc mấy giờ?");
            an.sends("16h");
            ChatMessage askedPlace = next(an, 0, "Địa điểm sinh hoạt?");
            await().atMost(Duration.ofSeconds(90)).until(() -> delivered(secretaries) >= CELLS / 3);

            an.sends("Phòng họp tầng 2");
            first.kill();
            int atKill = delivered(secretaries);
            boolean answeredBeforeKill = an.fromBot().stream()
                    .anyMatch(m -> m.text() != null && m.text().contains("Điểm danh"));

            try (ChildChibo second = ChildChibo.start(settings, log)) {
                ChatMessage attendance = next(an, askedPlace.messageId(), "Điểm danh");
                // A repeat of that reply, if the kill came while it was in flight, would arrive meanwhile.
                await().during(Duration.ofSeconds(3))
                        .atMost(Duration.ofSeconds(5))
                        .until(() -> an.fromBot().stream()
                                        .filter(m ->
                                                m.text() != null && m.text().contains("Điểm danh"))
                                        .count()
                                <= 2);
                long placeAnswers = an.fromBot().stream()
                        .filter(m -> m.text() != null && m.text().contains("Điểm danh"))
                        .count();
                an.taps(attendance, "✔ Xong");
                an.taps(next(an, askedPlace.messageId(), "Đại biểu dự"), "Bỏ qua");
                ChatMessage chair = next(an, askedPlace.messageId(), "Đồng chí nào chủ trì?");
                assertThat(chair.hasButton("Nguyễn Thị An"))
                        .as("the chair question offers the cell's members")
                        .isTrue();

                await().atMost(Duration.ofSeconds(120))
                        .until(() -> secretaries.stream().allMatch(p -> nudges(p) >= 1));
                // The next sweeps run meanwhile: they must find nothing new to send.
                await().during(Duration.ofSeconds(5))
                        .atMost(Duration.ofSeconds(7))
                        .until(() -> delivered(secretaries) - secretaries.size() <= SEND_THREADS
                                && secretaries.stream().allMatch(p -> nudges(p) <= 2));
                int total = delivered(secretaries);
                System.out.printf(
                        "Power cut: killed with %d of %d reminders delivered (the answer to the place %s); after restart %d delivered"
                                + " in all, %d repeated; the attendance question shown %d time(s)%n",
                        atKill,
                        secretaries.size(),
                        answeredBeforeKill ? "already answered" : "not yet answered",
                        total,
                        total - secretaries.size(),
                        placeAnswers);

                assertThat(atKill).as("killed mid-wave").isLessThan(secretaries.size());
                assertThat(secretaries)
                        .allSatisfy(p ->
                                assertThat(nudges(p)).as("nudges to " + p.id()).isBetween(1L, 2L));
                assertThat(total - secretaries.size()).as("repeated reminders").isBetween(0, SEND_THREADS);
                assertThat(placeAnswers)
                        .as("the answer to the place: applied once, its reply at most repeated once")
                        .isBetween(1L, 2L);
                assertThat(telegram.requests()).noneMatch(r -> r.status() == 429);
                assertThat(second.isAlive())
                        .as("the restarted chibo kept running")
                        .isTrue();
            }
        } catch (AssertionError | RuntimeException e) {
            WaveFixture.printTail(log, 60);
            throw e;
        }
    }

    /** A cell with two members, whose secretary An logs a meeting; written before the wave's chibo starts. */
    private static void giveAnACellOfHerOwn(Map<String, String> settings, Person an) {
        Map<String, String> quiet = new LinkedHashMap<>(settings);
        quiet.put("chibo.reminders.sweep-cron", "0 0 0 1 1 ? 2099");
        try (RunningChibo seeding = RunningChibo.start(quiet)) {
            Organisation org = new Organisation(seeding);
            OrgUnit cell = org.cellOf(
                    org.committee("Đảng bộ Văn phòng"), "Chi bộ Văn phòng", "CB VP", "Nguyễn Thị An", "Phạm Văn Hùng");
            org.give(an.id(), "Nguyễn Thị An", Role.SECRETARY, cell);
        }
    }

    /** The first message from the bot after {@code afterMessageId} containing {@code fragment}, once it has arrived. */
    private static ChatMessage next(Person person, int afterMessageId, String fragment) {
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> find(person, afterMessageId, fragment) != null);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(
                    "Expected '" + fragment + "'; the bot last said: "
                            + (person.fromBot().isEmpty()
                                    ? "nothing"
                                    : person.lastFromBot().text()),
                    e);
        }
        return find(person, afterMessageId, fragment);
    }

    private static ChatMessage find(Person person, int afterMessageId, String fragment) {
        return person.fromBot().stream()
                .filter(m -> m.messageId() > afterMessageId
                        && m.text() != null
                        && m.text().contains(fragment))
                .reduce((a, b) -> b)
                .orElse(null);
    }
}

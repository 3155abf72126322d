package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.chibo.bot.e2e.WaveFixture.logSays;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;
import vn.chibo.localapi.Person;
import vn.chibo.localapi.RateLimits;

/**
 * Webhook mode on two instances behind a round-robin load balancer, on one PostgreSQL: consecutive updates of one
 * chat land on different instances, some twice. Each chat's updates are still handled one at a time and in order, and
 * each exactly once, whichever instance received them; together the instances keep to Telegram's per-chat limit. Then
 * one instance is killed (SIGKILL) in the middle of a burst: the updates it had stored but not handled are taken up by
 * the other, and every message is answered.
 */
class WebhookClusterIT {

    static final int PEOPLE = 6;
    static final int FIRST_BURST = 12;
    static final int SECOND_BURST = 6;
    static final int SEND_THREADS = 8;
    static final Pattern COMMAND = Pattern.compile("/lenh_(\\d+)");

    @TempDir
    Path dir;

    @Test
    void eachChatIsHandledInOrderAndOnceAcrossInstancesAndASurvivorTakesUpTheUpdatesOfAKilledOne() throws Exception {
        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_hooks_bot");
        telegram.enforce(RateLimits.telegramDefaults());
        Path logA = dir.resolve("chibo-a.log");
        Path logB = dir.resolve("chibo-b.log");
        String database = TestPostgres.shared().freshDatabase();
        int portA = freePort();
        int portB = freePort();
        try (var server = LocalBotApiServer.start(telegram, 0);
                var balancer = RoundRobinBalancer.start(List.of(portA, portB), 4)) {
            Map<String, String> settings = RunningChibo.onPostgres(RunningChibo.testSettings(server, database));
            settings.put("chibo.mode", "webhook");
            settings.put("chibo.webhook.url", balancer.url("/telegram/webhook"));
            settings.put(
                    "chibo.webhook.secret",
                    "hook_" + UUID.randomUUID().toString().replace("-", ""));
            settings.put("chibo.delivery.send-threads", Integer.toString(SEND_THREADS));
            List<Person> people = IntStream.range(0, PEOPLE)
                    .mapToObj(i -> telegram.person(95_000 + i, "Người " + i))
                    .toList();

            try (ChildChibo a = ChildChibo.start(with(settings, "server.port", portA), logA);
                    ChildChibo b = ChildChibo.start(with(settings, "server.port", portB), logB)) {
                await().atMost(Duration.ofSeconds(90))
                        .until(() -> logSays(logA, "Webhook registered") && logSays(logB, "Webhook registered"));

                for (Person person : people) {
                    for (int n = 1; n <= FIRST_BURST; n++) {
                        person.sends("/lenh_" + n);
                    }
                }
                await().atMost(Duration.ofSeconds(90))
                        .until(() -> people.stream().allMatch(p -> answered(p).size() >= FIRST_BURST));
                // A duplicate handled late would show up meanwhile.
                await().during(Duration.ofSeconds(2))
                        .atMost(Duration.ofSeconds(4))
                        .until(() -> people.stream().allMatch(p -> answered(p).size() == FIRST_BURST));

                for (Person person : people) {
                    assertThat(answered(person))
                            .as("replies to " + person.id() + ", in order, each once")
                            .containsExactlyElementsOf(IntStream.rangeClosed(1, FIRST_BURST)
                                    .boxed()
                                    .toList());
                }
                assertThat(balancer.acceptedBy(0)).as("updates A took").isGreaterThan(PEOPLE * FIRST_BURST / 4);
                assertThat(balancer.acceptedBy(1)).as("updates B took").isGreaterThan(PEOPLE * FIRST_BURST / 4);
                assertThat(balancer.duplicated())
                        .as("updates delivered to both")
                        .isGreaterThan(PEOPLE);
                assertThat(telegram.requests())
                        .as("429s: the two instances together kept to each chat's limit")
                        .noneMatch(r -> r.status() == 429);

                for (Person person : people) {
                    for (int n = FIRST_BURST + 1; n <= FIRST_BURST + SECOND_BURST; n++) {
                        person.sends("/lenh_" + n);
                    }
                }
                // Killed while the burst is still arriving: A has updates stored and not yet handled, and replies
                // queued or in flight.
                await().atMost(Duration.ofSeconds(30))
                        .pollInterval(Duration.ofMillis(5))
                        .until(() -> balancer.acceptedBy(0) + balancer.acceptedBy(1) - balancer.duplicated()
                                >= PEOPLE * (FIRST_BURST + SECOND_BURST / 3));
                a.kill();
                int atKill = people.stream().mapToInt(p -> answered(p).size()).sum();

                int all = FIRST_BURST + SECOND_BURST;
                await().atMost(Duration.ofSeconds(90)).until(() -> people.stream()
                        .allMatch(p -> answered(p).stream().distinct().count() == all));
                // Repeats of what A had in flight arrive meanwhile, and nothing more.
                await().during(Duration.ofSeconds(2))
                        .atMost(Duration.ofSeconds(4))
                        .until(() -> people.stream()
                                        .mapToInt(p -> answered(p).size() - all)
                                        .sum()
                                <= SEND_THREADS);
                int repeated =
                        people.stream().mapToInt(p -> answered(p).size() - all).sum();
                System.out.printf(
                        "Webhook cluster: %d updates taken by A, %d by B, %d delivered to both; %d of %d replies out when A was killed,"
                                + " %d repeated after%n",
                        balancer.acceptedBy(0),
                        balancer.acceptedBy(1),
                        balancer.duplicated(),
                        atKill,
                        PEOPLE * all,
                        repeated);
                for (Person person : people) {
                    assertThat(answered(person).stream().distinct().toList())
                            .as("first replies to " + person.id() + ", in order")
                            .containsExactlyElementsOf(
                                    IntStream.rangeClosed(1, all).boxed().toList());
                }
                assertThat(atKill).as("killed mid-burst").isLessThan(PEOPLE * all);
                assertThat(repeated)
                        .as("replies repeated: only what A had in flight")
                        .isBetween(0, SEND_THREADS);
                assertThat(b.isAlive()).isTrue();
            }
        } catch (AssertionError | RuntimeException e) {
            WaveFixture.printTail(logA, 40);
            WaveFixture.printTail(logB, 40);
            throw e;
        }
    }

    /** The command numbers the bot's replies name, in the order they arrived. */
    private static List<Integer> answered(Person person) {
        List<Integer> numbers = new ArrayList<>();
        person.fromBot().forEach(m -> {
            Matcher matcher = COMMAND.matcher(m.text() == null ? "" : m.text());
            if (matcher.find()) {
                numbers.add(Integer.parseInt(matcher.group(1)));
            }
        });
        return numbers;
    }

    private static Map<String, String> with(Map<String, String> settings, String key, int value) {
        Map<String, String> copy = new LinkedHashMap<>(settings);
        copy.put(key, Integer.toString(value));
        return copy;
    }

    private static int freePort() throws IOException {
        try (var probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}

package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chibo.localapi.Fault;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;
import vn.chibo.localapi.Person;

/**
 * chibo as an IT office runs it, in its own JVM: the management port an operator probes and scrapes (health, readiness,
 * liveness, info, Prometheus), what it shows while Telegram fails and after, structured logs in both formats with the
 * ids in their context and never the token, and a SIGTERM in the middle of a send, in polling and in webhook mode.
 */
class OperationsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String NAME = "Nguyễn Thị Phương Thảo";
    private static final long PERSON = 91_002;

    @TempDir
    Path dir;

    @Test
    void anOperatorProbesScrapesAndSeesTelegramFailAndRecover() throws Exception {
        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_ops_bot");
        Path log = dir.resolve("chibo.log");
        try (var server = LocalBotApiServer.start(telegram, 0)) {
            int management = freePort();
            Map<String, String> settings = settings(server, management);
            settings.put("chibo.health.max-queue-wait", "3s");
            settings.put("chibo.health.bot-api-every", "1s");
            settings.put("chibo.reminders.sweep-cron", "0/2 * * * * ?");
            try (ChildChibo chibo = ChildChibo.start(settings, log)) {
                awaitReady(chibo, management, log);
                assertThat(get(management, "/actuator/health/liveness").statusCode())
                        .isEqualTo(200);
                JsonNode readiness = json(get(management, "/actuator/health/readiness"));
                assertThat(readiness.at("/components").fieldNames())
                        .toIterable()
                        .containsExactlyInAnyOrder("readinessState", "db", "intake");

                Person person = telegram.person(91_001, NAME);
                person.sends("/help");
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> person.fromBot().size() == 1);

                HttpResponse<String> health = get(management, "/actuator/health");
                assertThat(health.statusCode()).isEqualTo(200);
                JsonNode components = json(health).at("/components");
                for (String indicator : List.of("db", "intake", "botApi", "deliveryQueue", "clusterLease")) {
                    assertThat(components.at("/" + indicator + "/status").asText())
                            .as(indicator)
                            .isEqualTo("UP");
                }
                assertThat(components.at("/botApi/details/bot").asText()).isEqualTo("@chibo_ops_bot");
                assertThat(components
                                .at("/clusterLease/details/holdsPollingLease")
                                .asBoolean())
                        .isTrue();

                String metrics = awaitMetric(management, "chibo_telegram_requests_seconds_count", "outcome=\"sent\"");
                assertThat(metrics)
                        .contains("chibo_updates_received_total")
                        .contains("chibo_updates_handled_seconds_count")
                        .contains("chibo_updates_failed_total")
                        .contains("chibo_updates_set_aside_total")
                        .contains("chibo_delivery_settled_total{application=\"chibo\",kind=\"reply\",outcome=\"sent\"}")
                        .contains("chibo_delivery_queue{")
                        .contains("chibo_delivery_oldest_wait_seconds{application=\"chibo\",kind=\"reply\"}")
                        .contains("chibo_delivery_failing_seconds")
                        .contains("chibo_delivery_blocked_chats")
                        .contains("chibo_conversations_open")
                        .contains("chibo_telegram_retry_after_seconds_count")
                        .contains("hikaricp_connections_active")
                        .contains("jvm_memory_used_bytes");
                assertThat(value(metrics, "chibo_updates_received_total"))
                        .hasValueSatisfying(v -> assertThat(v).isGreaterThanOrEqualTo(1));

                // The Grafana dashboard in the repository charts only series this scrape has.
                String scrape = awaitMetric(management, "chibo_reminders_total", "outcome=\"decided\"");
                java.util.regex.Matcher named = Pattern.compile("\\b(?:chibo|hikaricp|jvm)_[a-z_]+")
                        .matcher(Files.readString(Path.of(System.getProperty("chibo.repository", ".."))
                                .resolve("ops/grafana-dashboard.json")));
                int charted = 0;
                while (named.find()) {
                    charted++;
                    assertThat(scrape)
                            .as("the dashboard's " + named.group())
                            .containsPattern("(?m)^" + named.group() + "[{ ]");
                }
                assertThat(charted).isGreaterThan(20);

                JsonNode info = json(get(management, "/actuator/info"));
                assertThat(info.at("/build/version").asText()).isNotBlank();
                assertThat(info.at("/build/artifact").asText()).isEqualTo("bot");
                String commit = info.at("/git/commit/id").asText();
                assertThat(commit).matches("[0-9a-f]{7,40}");
                assertThat(headCommit()).startsWith(commit);

                // Telegram fails every send to this person: the queue's health turns DOWN once the reply has waited
                // past its bound, and the whole health with it (503); liveness stays UP (a restart would not help),
                // readiness too. Then getMe fails as well, and the Bot API's health says so.
                telegram.inject("sendMessage", person.id(), new Fault.ServerError(502, false), 1_000);
                person.sends("/start");
                await().atMost(Duration.ofSeconds(30)).until(() -> json(get(management, "/actuator/health"))
                        .at("/components/deliveryQueue/status")
                        .asText()
                        .equals("DOWN"));
                HttpResponse<String> stuck = get(management, "/actuator/health");
                assertThat(stuck.statusCode()).isEqualTo(503);
                assertThat(json(stuck)
                                .at("/components/deliveryQueue/details/pendingReplies")
                                .asLong())
                        .isEqualTo(1);
                assertThat(json(stuck).at("/components/botApi/status").asText()).isEqualTo("UP");
                telegram.inject("getMe", null, new Fault.ServerError(502, false), 1_000);
                await().atMost(Duration.ofSeconds(10)).until(() -> json(get(management, "/actuator/health"))
                        .at("/components/botApi/status")
                        .asText()
                        .equals("DOWN"));
                assertThat(json(get(management, "/actuator/health"))
                                .at("/components/botApi/details/error")
                                .asText())
                        .isEqualTo("HTTP 502");
                assertThat(get(management, "/actuator/health/liveness").statusCode())
                        .isEqualTo(200);
                assertThat(get(management, "/actuator/health/readiness").statusCode())
                        .isEqualTo(200);
                assertThat(awaitMetric(management, "chibo_telegram_requests_seconds_count", "outcome=\"server_error\""))
                        .contains("outcome=\"server_error\"");

                telegram.clearFaults();
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> person.fromBot().size() == 2);
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> get(management, "/actuator/health").statusCode() == 200);

                for (String path : List.of(
                        "/actuator/health", "/actuator/info", "/actuator/prometheus", "/actuator/health/readiness")) {
                    assertThat(get(management, path).body()).as(path).doesNotContain(telegram.token());
                }
                assertThat(get(management, "/actuator/env").statusCode())
                        .as("nothing else is exposed")
                        .isEqualTo(404);
                assertThat(get(management, "/actuator/configprops").statusCode())
                        .isEqualTo(404);
                Optional<InetAddress> lan = nonLoopbackAddress();
                if (lan.isPresent()) {
                    assertThat(refuses(lan.get(), management))
                            .as("the management port answers on 127.0.0.1 only, not on " + lan.get())
                            .isTrue();
                }
                assertThat(chibo.isAlive()).isTrue();
            }
            assertThat(Files.readString(log)).doesNotContain(telegram.token()).doesNotContain(NAME);
        }
    }

    /**
     * SIGTERM while a reply is on its way to a slow Telegram and a second message arrives: the send is awaited and
     * recorded as sent, the JVM exits within its bound and leaves the cluster, the second message waits at Telegram
     * (polling) or is refused and pushed again (webhook), and after a restart each message has exactly one answer.
     */
    @ParameterizedTest(name = "{0} logs, {1} mode")
    @CsvSource({"ecs, webhook", "logstash, polling"})
    void aSigtermDrainsTheSendInFlightLeavesTheClusterAndRepeatsNothing(String format, String mode) throws Exception {
        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_ops_bot");
        Path log = dir.resolve("chibo.log");
        try (var server = LocalBotApiServer.start(telegram, 0)) {
            int management = freePort();
            Map<String, String> settings = settings(server, management);
            settings.put("logging.structured.format.console", format);
            settings.put("chibo.delivery.send-timeout", "10s");
            if (mode.equals("webhook")) {
                int web = freePort();
                settings.put("server.port", Integer.toString(web));
                settings.put("chibo.mode", "webhook");
                settings.put("chibo.webhook.url", "http://127.0.0.1:" + web + "/telegram/webhook");
                settings.put(
                        "chibo.webhook.secret",
                        "ops_" + UUID.randomUUID().toString().replace("-", ""));
            }
            Person person = telegram.person(PERSON, NAME);

            ChildChibo first = ChildChibo.start(settings, log);
            try {
                awaitReady(first, management, log);
                telegram.inject("sendMessage", person.id(), new Fault.Slow(Duration.ofSeconds(3)), 1);
                person.sends("/help");
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> Files.readString(log).contains("Handled update"));
                Thread.sleep(500); // the reply is now inside its slow HTTP call
                long signalled = System.nanoTime();
                first.sigterm();
                person.sends("/start");
                int exit = first.awaitExit(Duration.ofSeconds(30));
                Duration stopping = Duration.ofNanos(System.nanoTime() - signalled);
                assertThat(exit).as("exited within the bound").isNotEqualTo(-1);
                System.out.printf(
                        "Graceful shutdown (%s, %s): %d ms, exit code %d%n", format, mode, stopping.toMillis(), exit);
                assertThat(stopping).as("waited for the slow send").isGreaterThan(Duration.ofMillis(1_500));
            } finally {
                first.close();
            }
            assertThat(texts(person)).containsExactly("help");
            try (Connection db = DriverManager.getConnection(ChildChibo.h2File(dir), "sa", "")) {
                assertThat(strings(db, "SELECT status FROM delivery WHERE chat_id = " + person.id() + " ORDER BY id"))
                        .as("the reply in flight was recorded as sent before the JVM exited")
                        .startsWith("SENT");
                assertThat(strings(db, "SELECT id FROM chibo_instance"))
                        .as("left the cluster")
                        .isEmpty();
                assertThat(strings(db, "SELECT name FROM leader_lease"))
                        .as("released its lease")
                        .isEmpty();
            }

            try (ChildChibo second = ChildChibo.start(settings, log)) {
                awaitReady(second, management, log);
                await().atMost(Duration.ofSeconds(30)).until(() -> texts(person).size() == 2);
                Thread.sleep(1_500); // time for a repeat to show, were there one
                assertThat(texts(person)).containsExactly("help", "start");
                assertThat(second.isAlive()).isTrue();
            }
        }
        List<JsonNode> lines = jsonLines(log);
        assertThat(lines).as("every line is " + format + " JSON").isNotEmpty();
        JsonNode handled = lines.stream()
                .filter(l -> message(l).startsWith("Handled update"))
                .findFirst()
                .orElseThrow();
        assertThat(field(handled, "updateId")).isNotBlank();
        assertThat(field(handled, "chatId")).isEqualTo(Long.toString(PERSON));
        JsonNode delivered = lines.stream()
                .filter(l -> message(l).startsWith("Delivery "))
                .findFirst()
                .orElseThrow();
        assertThat(field(delivered, "deliveryId")).isNotBlank();
        assertThat(field(delivered, "chatId")).isEqualTo(Long.toString(PERSON));
        String all = Files.readString(log);
        assertThat(all).doesNotContain(telegram.token()).doesNotContain(NAME).doesNotContain("Hướng dẫn sử dụng");
    }

    /** Which of /help and /start each answer of the bot answers, in order. */
    private static List<String> texts(Person person) {
        List<String> answered = new ArrayList<>();
        person.fromBot().forEach(m -> {
            if (m.text().startsWith("Hướng dẫn sử dụng chibo")) {
                answered.add("help");
            } else if (m.text().contains("Chào đồng chí")) {
                answered.add("start");
            } else {
                answered.add(m.text());
            }
        });
        return answered;
    }

    private Map<String, String> settings(LocalBotApiServer server, int management) {
        Map<String, String> settings = RunningChibo.testSettings(server, ChildChibo.h2File(dir));
        settings.put("management.server.port", Integer.toString(management));
        settings.remove("management.server.address"); // the default: loopback only
        settings.put("logging.level.vn.chibo.bot.intake", "DEBUG");
        settings.put("logging.level.vn.chibo.bot.delivery", "DEBUG");
        return settings;
    }

    private static void awaitReady(ChildChibo chibo, int management, Path log) throws IOException {
        awaitReady(chibo, management, log, Duration.ofSeconds(60));
    }

    /** Waits up to {@code within} for the child's readiness to answer 200; prints the end of its log if it does not. */
    static void awaitReady(ChildChibo chibo, int management, Path log, Duration within) throws IOException {
        try {
            await().atMost(within).pollInterval(Duration.ofMillis(200)).until(() -> {
                assertThat(chibo.isAlive()).as("chibo is running").isTrue();
                try {
                    return get(management, "/actuator/health/readiness").statusCode() == 200;
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (RuntimeException | AssertionError e) {
            List<String> lines = Files.readAllLines(log);
            lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(System.out::println);
            throw e;
        }
    }

    private static String awaitMetric(int management, String name, String label) {
        String[] last = {""};
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            last[0] = get(management, "/actuator/prometheus").body();
            return last[0].lines().anyMatch(l -> l.startsWith(name) && l.contains(label));
        });
        return last[0];
    }

    private static Optional<Double> value(String metrics, String name) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$");
        return metrics.lines()
                .map(line::matcher)
                .filter(java.util.regex.Matcher::matches)
                .map(m -> Double.parseDouble(m.group(2)))
                .findFirst();
    }

    static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    static int freePort() throws IOException {
        try (var probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean refuses(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return false;
        } catch (ConnectException e) {
            return true;
        }
    }

    private static String headCommit() throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "rev-parse", "HEAD")
                .redirectErrorStream(true)
                .start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(git.waitFor()).as("git rev-parse HEAD: " + out).isZero();
        return out;
    }

    private static List<String> strings(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** The log's lines, each parsed as JSON; a line that is not JSON fails the test. */
    private static List<JsonNode> jsonLines(Path log) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private static String message(JsonNode line) {
        return line.path("message").asText("");
    }

    /** An MDC key's value, wherever the format puts it (top level in both ECS and Logstash today). */
    private static String field(JsonNode line, String key) {
        JsonNode found = line.findValue(key);
        return found == null ? "" : found.asText();
    }
}

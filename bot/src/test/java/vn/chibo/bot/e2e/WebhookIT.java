package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;
import vn.chibo.localapi.Person;

/** Webhook mode: the Bot API server pushes updates to chibo, which checks the secret token first. */
class WebhookIT {

    static final String SECRET = "s3cret_" + UUID.randomUUID().toString().replace("-", "");

    static LocalTelegram telegram;
    static LocalBotApiServer server;
    static RunningChibo chibo;
    static int port;

    @BeforeAll
    static void startInWebhookMode() throws Exception {
        telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_hook_bot");
        server = LocalBotApiServer.start(telegram, 0);
        try (var probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Map<String, String> settings =
                RunningChibo.testSettings(server, "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        settings.put("server.port", Integer.toString(port));
        settings.put("chibo.mode", "webhook");
        settings.put("chibo.webhook.url", "http://127.0.0.1:" + port + "/telegram/webhook");
        settings.put("chibo.webhook.secret", SECRET);
        chibo = RunningChibo.start(settings);
    }

    @AfterAll
    static void stop() {
        chibo.close();
        server.close();
    }

    @Test
    void registersItsWebhookAndAnswersPushedUpdates() {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> telegram.requests().stream().anyMatch(r -> r.is("setWebhook") && r.status() == 200));
        Person person = telegram.person(90_001, "Hoa");

        person.sends("/help");

        await().atMost(Duration.ofSeconds(15)).until(() -> person.fromBot().size() == 1);
        assertThat(person.lastFromBot().text()).startsWith("Hướng dẫn sử dụng chibo");
        assertThat(telegram.requests()).noneMatch(r -> r.is("getUpdates"));
    }

    @Test
    void refusesAPushWithoutTheSecretToken() throws Exception {
        String forged = "{\"update_id\":5,\"message\":{\"message_id\":1,\"date\":1700000000,"
                + "\"chat\":{\"id\":666,\"type\":\"private\"},\"from\":{\"id\":666,\"is_bot\":false,\"first_name\":\"X\"},\"text\":\"/start\"}}";
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> noSecret = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(forged))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrongSecret = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                        .header("Content-Type", "application/json")
                        .header("X-Telegram-Bot-Api-Secret-Token", "guess")
                        .POST(HttpRequest.BodyPublishers.ofString(forged))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(noSecret.statusCode()).isEqualTo(401);
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        long stored = chibo.bean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT COUNT(*) FROM inbound_update WHERE update_id = 5")
                .query(Long.class)
                .single();
        assertThat(stored).isZero();
    }

    @Test
    void answersAWrongSecretBeforeReadingALargeBody() throws Exception {
        long declared = 50L * 1024 * 1024;
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST /telegram/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "X-Telegram-Bot-Api-Secret-Token: guess\r\nContent-Length: " + declared + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();

            String statusLine = new java.io.BufferedReader(
                            new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();

            assertThat(statusLine)
                    .as("answered after 64 KB of a declared 50 MB")
                    .isEqualTo("HTTP/1.1 401 ");
        }
    }

    @Test
    void refusesAnOversizedBodyEvenWithTheSecretAndKeepsAnswering() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String padding = "x".repeat(300 * 1024);
        String large =
                "{\"update_id\":6,\"message\":{\"message_id\":1,\"date\":1700000000,\"chat\":{\"id\":667,\"type\":\"private\"},"
                        + "\"from\":{\"id\":667,\"is_bot\":false,\"first_name\":\"X\"},\"text\":\"/start\",\"padding\":\""
                        + padding + "\"}}";
        HttpRequest.Builder withSecret = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET);

        HttpResponse<String> declared = http.send(
                withSecret.POST(HttpRequest.BodyPublishers.ofString(large)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> chunked = http.send(
                withSecret
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(chunked.statusCode())
                .as("no Content-Length: counted while read")
                .isEqualTo(413);
        long stored = chibo.bean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT COUNT(*) FROM inbound_update WHERE update_id = 6")
                .query(Long.class)
                .single();
        assertThat(stored).isZero();
        Person person = telegram.person(90_002, "Lan");
        person.sends("/help");
        await().atMost(Duration.ofSeconds(15)).until(() -> person.fromBot().size() == 1);
        assertThat(person.lastFromBot().text()).startsWith("Hướng dẫn sử dụng chibo");
    }

    @Test
    void aBodyThatIsNoUpdateIsAcceptedAndIgnoredEvenWithTheSecret() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder withSecret = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET);

        for (String junk : java.util.List.of(
                "{}",
                "[]",
                "{\"update_id\":\"x\"}",
                "not json",
                "",
                "{\"update_id\":7}",
                "{\"update_id\":8,\"message\":{}}",
                "{\"update_id\":9,\"callback_query\":{\"id\":\"1\"}}")) {
            HttpResponse<String> response = http.send(
                    withSecret.POST(HttpRequest.BodyPublishers.ofString(junk)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(junk).isEqualTo(200);
        }
        Person person = telegram.person(90_003, "Mai");
        person.sends("/help");
        await().atMost(Duration.ofSeconds(15)).until(() -> person.fromBot().size() == 1);
        assertThat(person.lastFromBot().text()).startsWith("Hướng dẫn sử dụng chibo");
    }
}

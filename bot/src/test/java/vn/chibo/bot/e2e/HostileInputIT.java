package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chibo.content.roster.RosterReader;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;
import vn.chibo.localapi.Person;

/**
 * What took the bot down before, against chibo in its own JVM with a 256 MB heap, in webhook mode: six parallel
 * posts declaring 200 MB each, for 15 s, with and without the secret, while people write; and a roster of 260,000
 * rows (inside the 10 MB size limit, past the 200,000-row cap) sent in chat and given to the command line. The heap
 * is read from the management port throughout; each refusal is timed. The figures are printed.
 */
class HostileInputIT {

    static final String HEAP = "256m";
    static final long ADMIN = 93_001;
    static final String SECRET = "hostile_" + UUID.randomUUID().toString().replace("-", "");

    @TempDir
    static Path dir;

    static LocalTelegram telegram;
    static LocalBotApiServer server;
    static ChildChibo chibo;
    static Map<String, String> settings;
    static int web;
    static int management;
    static Path log;

    @BeforeAll
    static void startChiboWithASmallHeap() throws Exception {
        telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_hostile_bot");
        server = LocalBotApiServer.start(telegram, 0);
        web = OperationsIT.freePort();
        management = OperationsIT.freePort();
        settings = RunningChibo.testSettings(server, ChildChibo.h2File(dir));
        settings.put("server.port", Integer.toString(web));
        settings.put("management.server.port", Integer.toString(management));
        settings.put("chibo.mode", "webhook");
        settings.put("chibo.webhook.url", "http://127.0.0.1:" + web + "/telegram/webhook");
        settings.put("chibo.webhook.secret", SECRET);
        settings.put("chibo.admins", Long.toString(ADMIN));
        log = dir.resolve("chibo.log");
        chibo = ChildChibo.start(settings, log, HEAP);
        OperationsIT.awaitReady(chibo, management, log, Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() {
        if (chibo != null) {
            chibo.close();
        }
        server.close();
    }

    @Test
    void aFloodOfHugeWebhookPostsLeavesTheHeapBoundedAndPeopleAnswered() throws Exception {
        Person person = telegram.person(93_002, "Lan");
        HeapWatch heap = HeapWatch.start();
        AtomicBoolean flooding = new AtomicBoolean(true);
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger posts = new AtomicInteger();
        AtomicLong slowestRefusalMillis = new AtomicLong();
        ExecutorService flood = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 6; i++) {
            boolean withSecret = i % 2 == 0;
            flood.execute(() -> {
                while (flooding.get()) {
                    posts.incrementAndGet();
                    long started = System.nanoTime();
                    String status = hugePost(withSecret);
                    if (status.startsWith("HTTP/1.1 401") || status.startsWith("HTTP/1.1 413")) {
                        refused.incrementAndGet();
                        slowestRefusalMillis.accumulateAndGet(
                                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), Math::max);
                    }
                }
            });
        }
        int sent = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            person.sends("/help");
            sent++;
            int expected = sent;
            await().atMost(Duration.ofSeconds(10)).until(() -> person.fromBot().size() >= expected);
            Thread.sleep(1_000);
        }
        flooding.set(false);
        flood.shutdown();
        assertThat(flood.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        long peak = heap.stop();

        System.out.printf(
                "Webhook flood: %d posts of a declared 200 MB in 15 s (%d refused with 401/413, slowest refusal %d ms);"
                        + " %d messages answered meanwhile; peak heap %d MB of %s%n",
                posts.get(), refused.get(), slowestRefusalMillis.get(), sent, peak >> 20, HEAP);
        assertThat(refused.get()).as("posts answered with a refusal").isGreaterThan(posts.get() / 2);
        assertThat(person.fromBot()).hasSize(sent).allMatch(m -> m.text().startsWith("Hướng dẫn sử dụng chibo"));
        assertThat(peak).as("heap used at its peak").isLessThan(200L << 20);
        assertThat(chibo.isAlive()).isTrue();
        assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
    }

    @Test
    void aRosterPastTheRowCapIsRefusedInChatAndByTheCommandLineWhileOthersAreAnswered() throws Exception {
        byte[] roster = workbookOf(260_000);
        assertThat((long) roster.length).as("inside the size limit").isLessThan(RosterReader.MAX_BYTES);
        Person admin = telegram.person(ADMIN, "Văn phòng");
        Person other = telegram.person(93_003, "Minh");
        HeapWatch heap = HeapWatch.start();

        long started = System.nanoTime();
        admin.sendsDocument(
                "danh-sach-toan-tinh.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                roster,
                null);
        other.sends("/help");
        await().atMost(Duration.ofSeconds(60)).until(() -> !admin.fromBot().isEmpty());
        long refusedInMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        long peak = heap.stop();
        String reply = admin.lastFromBot().text();
        assertThat(reply).contains("tệp có hơn 200000 dòng").doesNotContain("✅");
        await().atMost(Duration.ofSeconds(10)).until(() -> !other.fromBot().isEmpty());
        assertThat(other.lastFromBot().text()).startsWith("Hướng dẫn sử dụng chibo");
        // A whole-document reader needs about ten times the sheet's XML and dies in this heap; the peak is printed.

        Path file = dir.resolve("danh-sach-toan-tinh.xlsx");
        Files.write(file, roster);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP,
                "-cp",
                System.getProperty("java.class.path"),
                "vn.chibo.bot.ChiboApplication",
                "import",
                file.toString(),
                "--dry-run",
                "--spring.datasource.url=" + ChildChibo.h2File(dir.resolve("cli"))));
        long cliStarted = System.nanoTime();
        Process cli = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor(2, TimeUnit.MINUTES)).isTrue();
        long cliMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cliStarted);
        assertThat(cli.exitValue()).as(said).isEqualTo(1);
        assertThat(said).contains("200000").doesNotContain("OutOfMemoryError");

        System.out.printf(
                "Roster of 260,000 rows (%d KB): refused in chat in %d ms (peak heap %d MB of %s), by the command line"
                        + " in %d ms with the JVM's start%n",
                roster.length >> 10, refusedInMillis, peak >> 20, HEAP, cliMillis);
        assertThat(chibo.isAlive()).isTrue();
    }

    /** Posts a body declared as 200 MB, writing until chibo answers or closes; the status line, or "" if none. */
    private static String hugePost(boolean withSecret) {
        try (Socket socket = new Socket("127.0.0.1", web)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST /telegram/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + (withSecret ? "X-Telegram-Bot-Api-Secret-Token: " + SECRET + "\r\n" : "")
                            + "Content-Length: " + (200L << 20) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            try {
                for (int written = 0; written < 16 && in.available() == 0; written++) {
                    out.write(chunk);
                }
                out.flush();
            } catch (IOException closedByChibo) {
                // chibo answered and closed while the body was still coming: what a refusal looks like
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                line.write(b);
            }
            return line.toString(StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static byte[] workbookOf(int members) throws IOException {
        try (var workbook = new SXSSFWorkbook(100);
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Danh sách");
            String[] header = {"org_path", "member_name", "member_status", "party_join_date", "role"};
            var head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            for (int r = 1; r <= members; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("Đảng bộ Khối / Chi bộ " + (r % 5_000));
                row.createCell(1).setCellValue("Đảng viên " + r);
                row.createCell(2).setCellValue("chính thức");
                row.createCell(3).setCellValue("1/1/2000");
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The child's heap in use, read from its Prometheus endpoint every 250 ms; the peak seen. */
    private static final class HeapWatch {

        private static final Pattern HEAP_LINE =
                Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} (\\S+)$");

        private final AtomicBoolean watching = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;

        private HeapWatch() {
            HttpClient http = HttpClient.newHttpClient();
            thread = new Thread(
                    () -> {
                        while (watching.get()) {
                            try {
                                String body = http.send(
                                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management
                                                                + "/actuator/prometheus"))
                                                        .timeout(Duration.ofSeconds(5))
                                                        .build(),
                                                HttpResponse.BodyHandlers.ofString())
                                        .body();
                                long used = 0;
                                Matcher m = HEAP_LINE.matcher(body);
                                while (m.find()) {
                                    used += (long) Double.parseDouble(m.group(1));
                                }
                                peak.accumulateAndGet(used, Math::max);
                                Thread.sleep(250);
                            } catch (IOException e) {
                                // a scrape that timed out under the flood; the next one counts
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "heap-watch");
            thread.start();
        }

        static HeapWatch start() {
            return new HeapWatch();
        }

        long stop() throws InterruptedException {
            watching.set(false);
            thread.join(10_000);
            assertThat(peak.get()).as("the heap was read").isPositive();
            return peak.get();
        }
    }
}

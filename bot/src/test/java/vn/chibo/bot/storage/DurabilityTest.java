package vn.chibo.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** H2 as chibo runs it: commits written out before anything leaves the process, and a file that does not grow with every commit. */
class DurabilityTest {

    @TempDir
    Path dir;

    @Test
    void aCommitWrittenOutSurvivesTheProcessDyingAnInstantLater() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("chibo").toAbsolutePath();
        Process writer = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Writer.class.getName(),
                        url)
                .inheritIO()
                .start();
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(writer.exitValue())
                .as("the writer halted itself, as kill -9 would")
                .isEqualTo(3);

        var reopened = new SingleConnectionDataSource(url, "sa", "", true);
        List<String> names = JdbcClient.create(reopened)
                .sql("SELECT full_name FROM member")
                .query(String.class)
                .list();
        reopened.destroy();

        assertThat(names).containsExactly("Nguyễn Văn An");
    }

    @Test
    void theFileDoesNotGrowWithEveryCommit() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("chibo").toAbsolutePath();
        var database = new SingleConnectionDataSource(url, "sa", "", true);
        JdbcClient jdbc = JdbcClient.create(database);
        new Durability(database, jdbc).afterPropertiesSet();
        jdbc.sql("CREATE TABLE delivery (id INT PRIMARY KEY, status VARCHAR(12), payload VARCHAR(1000))")
                .update();
        String payload = "Đồng chí chưa ghi buổi sinh hoạt thường kỳ tháng này. ".repeat(8);
        for (int i = 0; i < 2_000; i++) {
            jdbc.sql("INSERT INTO delivery VALUES (?, 'PENDING', ?)")
                    .params(i, payload)
                    .update();
        }
        for (int i = 0; i < 20_000; i++) {
            jdbc.sql("UPDATE delivery SET status = ? WHERE id = ?")
                    .params(i % 2 == 0 ? "SENDING" : "SENT", i % 2_000)
                    .update();
        }
        long size = Files.size(dir.resolve("chibo.mv.db"));
        database.destroy();

        // With WRITE_DELAY=0 the same 22,000 commits leave a file of about 400 MB.
        assertThat(size).as("file size after 22,000 commits").isLessThan(64L << 20);
    }

    @Test
    void callersWaitingTogetherShareWriteOutsAndEveryOneIsAnswered() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("chibo").toAbsolutePath();
        var database = new org.springframework.jdbc.datasource.DriverManagerDataSource(url, "sa", "");
        JdbcClient jdbc = JdbcClient.create(database);
        Durability durability = new Durability(database, jdbc);
        durability.afterPropertiesSet();
        jdbc.sql("CREATE TABLE member (id INT PRIMARY KEY)").update();
        java.util.concurrent.atomic.AtomicInteger ids = new java.util.concurrent.atomic.AtomicInteger();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<?>> callers = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            callers.add(pool.submit(() -> {
                jdbc.sql("INSERT INTO member VALUES (?)")
                        .param(ids.incrementAndGet())
                        .update();
                durability.writeOut();
            }));
        }
        for (var caller : callers) {
            caller.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        long[] counts = durability.writeOutCounts();

        assertThat(counts[0] + counts[1])
                .as("every request answered, by its own write-out or another's")
                .isEqualTo(400);
        assertThat(counts[0]).as("write-outs performed").isBetween(1L, 400L);
        jdbc.sql("SHUTDOWN").update();
    }

    /** Commits a row, writes it out, and dies at once without closing anything (Runtime.halt, as kill -9). */
    static final class Writer {
        public static void main(String[] args) throws Exception {
            var database = new SingleConnectionDataSource(args[0], "sa", "", true);
            JdbcClient jdbc = JdbcClient.create(database);
            Durability durability = new Durability(database, jdbc);
            durability.afterPropertiesSet();
            jdbc.sql("CREATE TABLE member (id INT PRIMARY KEY, full_name VARCHAR(100))")
                    .update();
            durability.writeOut();
            jdbc.sql("INSERT INTO member VALUES (1, 'Nguyễn Văn An')").update();
            durability.writeOut();
            Runtime.getRuntime().halt(3);
        }
    }
}

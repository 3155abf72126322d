package vn.chibo.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** A backup of a live H2 file database, the retention, and the restore the README describes (unzip into a data folder). */
class H2BackupTest {

    @TempDir
    Path dir;

    @Test
    void backsUpWhileOpenKeepsTheNewestAndRestoresByUnzipping() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("data/chibo").toAbsolutePath();
        var live = new SingleConnectionDataSource(url, "sa", "", true);
        JdbcClient jdbc = JdbcClient.create(live);
        jdbc.sql("CREATE TABLE member (id INT PRIMARY KEY, full_name VARCHAR(100))")
                .update();
        jdbc.sql("INSERT INTO member VALUES (1, 'Nguyễn Văn An')").update();

        Instant[] now = {Instant.parse("2026-11-24T19:30:00Z")};
        Clock clock = new Clock() {
            public ZoneId getZone() {
                return ZoneId.of("Asia/Ho_Chi_Minh");
            }

            public Clock withZone(ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return now[0];
            }
        };
        Path folder = dir.resolve("backups");
        H2Backup backup = new H2Backup(jdbc, clock, url, folder, 2, "0 30 2 * * *");
        Path first = backup.backupNow();
        now[0] = now[0].plus(Duration.ofDays(1));
        jdbc.sql("INSERT INTO member VALUES (2, 'Phạm Thị Hoa')").update();
        Path second = backup.backupNow();
        now[0] = now[0].plus(Duration.ofDays(1));
        Path third = backup.backupNow();

        assertThat(backup.backups()).containsExactly(second, third);
        assertThat(first).doesNotExist();
        assertThat(third.getFileName().toString()).isEqualTo("chibo-20261127-023000.zip");
        live.destroy();

        Path restored = dir.resolve("restored");
        Files.createDirectories(restored);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(third))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Files.copy((InputStream) zip, restored.resolve(entry.getName()));
            }
        }
        var back = new SingleConnectionDataSource(
                "jdbc:h2:file:" + restored.resolve("chibo").toAbsolutePath() + ";IFEXISTS=TRUE", "sa", "", true);
        assertThat(JdbcClient.create(back)
                        .sql("SELECT full_name FROM member ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly("Nguyễn Văn An", "Phạm Thị Hoa");
        back.destroy();
    }

    @Test
    void doesNothingOnPostgreSql() {
        H2Backup backup = new H2Backup(
                null, Clock.systemUTC(), "jdbc:postgresql://db:5432/chibo", dir.resolve("backups"), 14, "0 30 2 * * *");
        backup.start();

        assertThat(backup.isRunning()).isFalse();
        backup.stop();
    }
}

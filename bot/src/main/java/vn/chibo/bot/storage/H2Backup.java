package vn.chibo.bot.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Online backups of the H2 database: {@code BACKUP TO} writes a consistent copy while chibo runs, on a cron
 * ({@code chibo.backup.cron}, default 02:30 daily) into {@code chibo.backup.folder}, keeping the newest
 * {@code chibo.backup.keep}. A zip holds the database file itself: to restore, stop chibo, move the current
 * {@code chibo.mv.db} aside, unzip the backup into the data folder, start chibo. Only for an H2 file database;
 * on PostgreSQL use its own tools (pg_dump, or continuous archiving), and this does nothing.
 */
@Component
public class H2Backup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(H2Backup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean enabled;
    private final Path folder;
    private final int keep;
    private final CronExpression cron;
    private ScheduledExecutorService timer;

    H2Backup(
            JdbcClient jdbc,
            Clock clock,
            @Value("${spring.datasource.url}") String databaseUrl,
            @Value("${chibo.backup.folder}") Path folder,
            @Value("${chibo.backup.keep}") int keep,
            @Value("${chibo.backup.cron}") String cron) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = databaseUrl.startsWith("jdbc:h2:file:") && !cron.equals("-");
        this.folder = folder;
        this.keep = Math.max(1, keep);
        this.cron = cron.equals("-") ? null : CronExpression.parse(cron);
    }

    /** Writes a backup now and removes the oldest beyond the number kept; returns the new file. */
    public Path backupNow() {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve("chibo-" + LocalDateTime.now(clock).format(STAMP) + ".zip")
                    .toAbsolutePath();
            for (int n = 2; Files.exists(target); n++) {
                target = folder.resolve("chibo-" + LocalDateTime.now(clock).format(STAMP) + "-" + n + ".zip")
                        .toAbsolutePath();
            }
            jdbc.sql("BACKUP TO '" + target.toString().replace("'", "''") + "'").update();
            prune();
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The backups in the folder, oldest first. */
    public List<Path> backups() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("chibo-\\d{8}-\\d{6}(-\\d+)?\\.zip"))
                    .sorted(Comparator.comparing((Path f) -> f.toFile().lastModified())
                            .thenComparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void prune() throws IOException {
        List<Path> all = backups();
        for (Path old : all.subList(0, Math.max(0, all.size() - keep))) {
            Files.deleteIfExists(old);
        }
    }

    private void scheduleNext() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime next = cron.next(now);
        if (next == null || timer == null) {
            return;
        }
        long delay = Math.max(0, java.time.Duration.between(now, next).toMillis());
        timer.schedule(
                () -> {
                    try {
                        Path written = backupNow();
                        log.info("Database backed up to {} ({} kept in {})", written.getFileName(), keep, folder);
                    } catch (RuntimeException e) {
                        log.error("Database backup to {} failed; the next one is tried on schedule", folder, e);
                    }
                    scheduleNext();
                },
                delay,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void start() {
        if (enabled) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "chibo-backup");
                t.setDaemon(true);
                return t;
            });
            scheduleNext();
        }
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}

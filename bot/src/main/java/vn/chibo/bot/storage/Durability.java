package vn.chibo.bot.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What must be on disk before anything leaves the process. On H2 a commit reaches the database file up to {@link
 * #WRITE_DELAY_MILLIS} after it returns; {@link #writeOut()} makes every commit so far reach it now. chibo calls it
 * before telling Telegram an update is stored (the next polling offset, the webhook's 200) and before sending
 * anything, so a process killed at any instant loses nothing the outside world has seen: at most work that is done
 * again after restart. On PostgreSQL a commit is durable when it returns, and both do nothing.
 *
 * <p>Why not H2's WRITE_DELAY=0, every commit written out before it returns? With it H2 runs no background
 * housekeeping, so the file never reclaims the space of old versions: it grew by about 19 KB a commit, 5.8 GB in a
 * 100,000-cell reminder wave, until H2 closed the database. A short write delay keeps the housekeeping; the
 * explicit write-outs keep the guarantee.
 */
@Component
public class Durability implements InitializingBean {

    /** H2's write delay chibo sets at start, whatever the URL or the database file says. */
    static final int WRITE_DELAY_MILLIS = 100;

    /** A write-out this slow is logged. */
    private static final long SLOW_MILLIS = 1_000;

    private static final Logger log = LoggerFactory.getLogger(Durability.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private volatile boolean h2;
    private final AtomicLong requested = new AtomicLong();
    private final AtomicLong performed = new AtomicLong();
    private final AtomicLong shared = new AtomicLong();
    private final Object writing = new Object();
    /** The highest ticket a finished write-out covers; guarded by {@link #writing}. */
    private long writtenUpTo;

    Durability(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
        }
        if (h2) {
            jdbc.sql("SET WRITE_DELAY " + WRITE_DELAY_MILLIS).update();
            log.debug(
                    "H2 WRITE_DELAY set to {} ms; chibo writes commits out itself before acting on them outside",
                    WRITE_DELAY_MILLIS);
        }
    }

    /**
     * Makes every transaction committed so far durable (on H2, a CHECKPOINT; elsewhere nothing). Callers share write-outs
     * (group commit): each takes a ticket after its commits; a write-out covers every ticket taken before it began, so
     * a caller that finds its ticket covered when its turn comes returns at once. The poller, the webhook's calls and
     * the dispatcher, which all wait for one, then wait for one write-out between them instead of one each.
     */
    public void writeOut() {
        if (!h2) {
            return;
        }
        long ticket = requested.incrementAndGet();
        synchronized (writing) {
            if (writtenUpTo >= ticket) {
                shared.incrementAndGet();
                return;
            }
            long covers = requested.get(); // every commit of these tickets happened before this write-out begins
            long began = System.nanoTime();
            jdbc.sql("CHECKPOINT").update();
            long tookMillis = (System.nanoTime() - began) / 1_000_000;
            if (tookMillis >= SLOW_MILLIS) {
                log.warn("Writing H2's commits out took {} ms", tookMillis);
            }
            writtenUpTo = covers;
            performed.incrementAndGet();
        }
    }

    /** Write-outs performed, and write-out requests that found theirs already covered by another's (since start). */
    public long[] writeOutCounts() {
        return new long[] {performed.get(), shared.get()};
    }
}

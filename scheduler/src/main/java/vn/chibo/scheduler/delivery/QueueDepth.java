package vn.chibo.scheduler.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How much is waiting to be sent, for health and metrics: rows by kind and state, how long they waited, blocked chats. */
@Component
public class QueueDepth {

    /** Rows not yet settled, by kind: replies to people and rows of bulk waves. */
    public record Depth(long replyPending, long replySending, long bulkPending, long bulkSending) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    public QueueDepth(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Depth depth() {
        long[] n = new long[4];
        jdbc.sql("SELECT bulk, status, COUNT(*) AS n FROM delivery WHERE status IN ('PENDING', 'SENDING')"
                        + " GROUP BY bulk, status")
                .query(rs -> {
                    int at = (rs.getBoolean("bulk") ? 2 : 0) + ("SENDING".equals(rs.getString("status")) ? 1 : 0);
                    n[at] = rs.getLong("n");
                });
        return new Depth(n[0], n[1], n[2], n[3]);
    }

    /**
     * How long messages have waited: the oldest unsent reply and bulk row since they were queued, and the message that
     * has been failing longest (5xx, timeouts) since its first failure. Empty where there is none.
     */
    public record Waits(
            Optional<Duration> oldestReply, Optional<Duration> oldestBulk, Optional<Duration> longestFailing) {}

    public Waits waits() {
        Instant now = clock.instant();
        Instant[] oldest = new Instant[3];
        jdbc.sql("SELECT bulk, MIN(created_at) AS queued, MIN(failing_since) AS failing FROM delivery"
                        + " WHERE status IN ('PENDING', 'SENDING') GROUP BY bulk")
                .query(rs -> {
                    oldest[rs.getBoolean("bulk") ? 1 : 0] = instant(rs.getTimestamp("queued"));
                    Instant failing = instant(rs.getTimestamp("failing"));
                    if (failing != null && (oldest[2] == null || failing.isBefore(oldest[2]))) {
                        oldest[2] = failing;
                    }
                });
        return new Waits(since(oldest[0], now), since(oldest[1], now), since(oldest[2], now));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private static Optional<Duration> since(Instant at, Instant now) {
        return at == null ? Optional.empty() : Optional.of(at.isAfter(now) ? Duration.ZERO : Duration.between(at, now));
    }

    public long blockedChats() {
        return jdbc.sql("SELECT COUNT(*) FROM blocked_chat").query(Long.class).single();
    }
}

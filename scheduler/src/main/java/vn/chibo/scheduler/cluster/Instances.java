package vn.chibo.scheduler.cluster;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * This instance among the chibo instances sharing the database: its id, its heartbeat, the live count, and
 * leases only one instance may hold. Time is the machine's own (instances are expected to keep their clocks
 * in sync, e.g. by NTP, to well within {@link #TTL}); never the application clock, which tests move.
 */
@Repository
public class Instances {

    /** A heartbeat older than this means the instance is gone. */
    public static final Duration TTL = Duration.ofSeconds(15);

    private final JdbcClient jdbc;
    private final Clock physical = Clock.systemUTC();
    private final String id = UUID.randomUUID().toString();

    public Instances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String id() {
        return id;
    }

    /** Writes this instance's heartbeat; forgets instances silent for a day. */
    public void heartbeat() {
        Instant now = physical.instant();
        int updated = jdbc.sql("UPDATE chibo_instance SET heartbeat_at = ? WHERE id = ?")
                .params(Timestamp.from(now), id)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO chibo_instance (id, started_at, heartbeat_at) VALUES (?, ?, ?)")
                    .params(id, Timestamp.from(now), Timestamp.from(now))
                    .update();
        }
        jdbc.sql("DELETE FROM chibo_instance WHERE heartbeat_at < ?")
                .param(Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
    }

    /** Instances with a fresh heartbeat, this one included (at least 1). */
    public int live() {
        int live = jdbc.sql("SELECT COUNT(*) FROM chibo_instance WHERE heartbeat_at >= ?")
                .param(Timestamp.from(physical.instant().minus(TTL)))
                .query(Integer.class)
                .single();
        return Math.max(1, live);
    }

    /** Takes the lease {@code name} if free or expired, or renews it if held; returns whether this instance holds it. */
    public boolean lead(String name, Duration ttl) {
        Instant now = physical.instant();
        int won = jdbc.sql(
                        "UPDATE leader_lease SET holder = ?, expires_at = ? WHERE name = ? AND (holder = ? OR expires_at < ?)")
                .params(id, Timestamp.from(now.plus(ttl)), name, id, Timestamp.from(now))
                .update();
        if (won == 1) {
            return true;
        }
        try {
            return jdbc.sql("INSERT INTO leader_lease (name, holder, expires_at) SELECT ?, ?, ? WHERE NOT EXISTS"
                                    + " (SELECT 1 FROM leader_lease WHERE name = ?)")
                            .params(name, id, Timestamp.from(now.plus(ttl)), name)
                            .update()
                    == 1;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    /** Leaves: releases this instance's leases and removes its heartbeat, so others take over at once. */
    public void leave() {
        jdbc.sql("DELETE FROM leader_lease WHERE holder = ?").param(id).update();
        jdbc.sql("DELETE FROM chibo_instance WHERE id = ?").param(id).update();
    }
}

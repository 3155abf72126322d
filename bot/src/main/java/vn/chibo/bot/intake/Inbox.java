package vn.chibo.bot.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chibo.scheduler.retention.KeptContent;

/** Stored updates, keyed by update_id, and the per-chat lanes they are handled in. */
@Repository
class Inbox implements KeptContent {

    record Stored(long updateId, long chatId, String payload, int attempts) {}

    /** Reads {@code update_id, chat_id, payload, attempts}, in that order. */
    private static final RowMapper<Stored> STORED =
            (rs, i) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4));

    private final JdbcClient jdbc;
    private final Clock clock;
    /** Chats whose lane row exists; rows are never removed, so once seen, a chat's lane need not be checked again. */
    private final Set<Long> openLanes = ConcurrentHashMap.newKeySet();

    Inbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a handled update's payload becomes once its text is forgotten; its id stays, against a redelivery. */
    static final String FORGOTTEN = "{}";

    /** Forgets the text of updates handled before {@code cutoff}; their ids stay, so a redelivery is still known. */
    @Override
    public int forgetBefore(Instant cutoff) {
        return jdbc.sql("UPDATE inbound_update SET payload = ? WHERE handled_at < ? AND payload <> ?")
                .params(FORGOTTEN, Timestamp.from(cutoff), FORGOTTEN)
                .update();
    }

    /** Stores the update unless it is already here; returns whether it was new. */
    boolean store(long updateId, long chatId, String payload) {
        return jdbc.sql("INSERT INTO inbound_update (update_id, chat_id, payload, received_at)"
                                + " SELECT ?, ?, ?, ? FROM (VALUES (0)) AS one(x)"
                                + " WHERE NOT EXISTS (SELECT 1 FROM inbound_update WHERE update_id = ?)")
                        .params(updateId, chatId, payload, Timestamp.from(clock.instant()), updateId)
                        .update()
                == 1;
    }

    /**
     * Gives the chat its lane row if it has none. Run outside a transaction: two instances opening one lane at once
     * end with one row, the loser's insert failing on the key.
     */
    void openLane(long chatId) {
        if (openLanes.contains(chatId)) {
            return;
        }
        try {
            jdbc.sql(
                            "INSERT INTO chat_lane (chat_id) SELECT ? FROM (VALUES (0)) AS one(x) WHERE NOT EXISTS (SELECT 1 FROM chat_lane WHERE chat_id = ?)")
                    .params(chatId, chatId)
                    .update();
        } catch (DuplicateKeyException e) {
            // opened by another instance just now
        }
        openLanes.add(chatId);
    }

    /** Takes the chat's lane for the current transaction; waits while another transaction (on any instance) holds it. */
    void lockLane(long chatId) {
        jdbc.sql("SELECT chat_id FROM chat_lane WHERE chat_id = ? FOR UPDATE")
                .param(chatId)
                .query(Long.class)
                .single();
    }

    /**
     * The chat's oldest unhandled updates, at most two: the next to handle, and whether another waits behind it (so the
     * drain knows it is done without asking again).
     */
    List<Stored> nextUnhandled(long chatId) {
        return jdbc.sql(
                        "SELECT update_id, chat_id, payload, attempts FROM inbound_update WHERE chat_id = ? AND handled_at IS NULL"
                                + " ORDER BY update_id FETCH FIRST 2 ROWS ONLY")
                .param(chatId)
                .query(STORED)
                .list();
    }

    /** Chats with an update received before {@code cutoff} and still unhandled: left by an instance that died, or by a failure. */
    List<Long> chatsWaitingSince(Instant cutoff) {
        return jdbc.sql("SELECT DISTINCT chat_id FROM inbound_update WHERE handled_at IS NULL AND received_at < ?")
                .param(Timestamp.from(cutoff))
                .query(Long.class)
                .list();
    }

    /** Locks an unhandled update for handling; empty if it is handled already. */
    Optional<Stored> lockUnhandled(long updateId) {
        return jdbc.sql("SELECT update_id, chat_id, payload, attempts FROM inbound_update"
                        + " WHERE update_id = ? AND handled_at IS NULL FOR UPDATE")
                .param(updateId)
                .query(STORED)
                .optional();
    }

    void markHandled(long updateId, String error) {
        jdbc.sql("UPDATE inbound_update SET handled_at = ?, last_error = ? WHERE update_id = ?")
                .params(Timestamp.from(clock.instant()), error, updateId)
                .update();
    }

    int recordFailure(long updateId, String error) {
        jdbc.sql("UPDATE inbound_update SET attempts = attempts + 1, last_error = ? WHERE update_id = ?")
                .params(error, updateId)
                .update();
        return jdbc.sql("SELECT attempts FROM inbound_update WHERE update_id = ?")
                .param(updateId)
                .query(Integer.class)
                .single();
    }

    /** Chats with updates stored but not yet handled: the work a restart must finish. */
    List<Long> chatsWaiting() {
        return jdbc.sql("SELECT DISTINCT chat_id FROM inbound_update WHERE handled_at IS NULL")
                .query(Long.class)
                .list();
    }

    /** Forgets handled updates older than {@code cutoff}; Telegram keeps updates for at most a day. */
    int prune(Instant cutoff) {
        return jdbc.sql("DELETE FROM inbound_update WHERE handled_at IS NOT NULL AND handled_at < ?")
                .param(Timestamp.from(cutoff))
                .update();
    }
}

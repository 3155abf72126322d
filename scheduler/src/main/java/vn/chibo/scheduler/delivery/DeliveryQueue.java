package vn.chibo.scheduler.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.chibo.scheduler.cluster.Instances;

/**
 * The delivery queue. Rows for one chat leave strictly in order and one at a time; a row is claimed by
 * one instance with a conditional update, so several instances may drain the same queue.
 */
@Repository
public class DeliveryQueue {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String instanceId;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public DeliveryQueue(JdbcClient jdbc, Clock clock, Instances instances) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.instanceId = instances.id();
    }

    /** Runs {@code listener} after a transaction that enqueued something commits (or at once, outside one). */
    public void onEnqueued(Runnable listener) {
        listeners.add(listener);
    }

    /** Queues a message; text over Telegram's limit becomes several messages, in order. */
    public void enqueue(Outgoing message) {
        enqueueAll(List.of(message));
    }

    public void enqueueAll(List<Outgoing> messages) {
        Instant now = clock.instant();
        messages.stream().flatMap(m -> MessageSplitter.split(m).stream()).forEach(m -> insert(m, null, now, false));
    }

    /**
     * Enqueues unless a message with the same key was ever enqueued. Returns whether it was new. Two
     * instances racing on one key end with one row: the loser's insert fails on the unique key.
     */
    public boolean enqueueOnce(Outgoing message, String idempotencyKey, Instant notBefore) {
        boolean known = jdbc.sql("SELECT COUNT(*) FROM delivery WHERE idempotency_key = ?")
                        .param(idempotencyKey)
                        .query(Long.class)
                        .single()
                > 0;
        if (known) {
            return false;
        }
        List<Outgoing> parts = MessageSplitter.split(message);
        insert(parts.get(0), idempotencyKey, notBefore, true);
        parts.subList(1, parts.size()).forEach(part -> insert(part, null, notBefore, true));
        return true;
    }

    /**
     * Due rows a chat may send next: none while one of the chat's rows is being sent; a reply after the chat's earlier
     * replies only, so it overtakes the chat's bulk rows (a reminder waiting its turn in a wave never holds up the next
     * question of a conversation); a bulk row after every earlier row of the chat and every waiting reply. So replies
     * keep their order, bulk rows keep theirs, and one message per chat is in flight.
     *
     * <p>Each status is asked apart ("= 'PENDING'", "= 'SENDING'"), so that the check reads ix_delivery_chat
     * (chat, status, id) as a range: with "status IN (...)" H2 reads every row the chat ever had, and each claim grew
     * slower as chats grew older (the soak benchmark's dispatcher spent its time there). The ORDER BY names exactly
     * the columns of ix_delivery_due, so the scan reads that index in order and stops after the first rows that
     * qualify; ordering by id alone would sort every due row (a whole wave) on each claim (H2 reads the index in
     * order only when the ORDER BY names its leading column too, fixed as it is).
     */
    static final String CLAIMABLE = "SELECT d.id, d.chat_id FROM delivery d"
            + " WHERE d.status = 'PENDING' AND d.not_before <= ?"
            + " AND NOT EXISTS (SELECT 1 FROM delivery e WHERE e.chat_id = d.chat_id AND e.status = 'PENDING'"
            + " AND e.id < d.id AND (e.bulk = FALSE OR d.bulk = TRUE))"
            + " AND (d.bulk = FALSE OR NOT EXISTS (SELECT 1 FROM delivery e WHERE e.chat_id = d.chat_id"
            + " AND e.status = 'PENDING' AND e.id > d.id AND e.bulk = FALSE))"
            + " AND NOT EXISTS (SELECT 1 FROM delivery e WHERE e.chat_id = d.chat_id AND e.status = 'SENDING')"
            + " ORDER BY d.status, d.bulk, d.not_before, d.id LIMIT ?";

    /**
     * Claims up to {@code limit} due rows: replies before bulk messages (reminders), each the longest due first, at most
     * one per chat (see {@link #CLAIMABLE}), skipping {@code busyChats}. Three statements however many rows: the
     * candidates, one conditional update of them all, and one read of those this instance won (another instance may
     * have taken some of them in between; a row it holds is no longer PENDING, so the update passes it by).
     */
    public List<Delivery> claimDue(int limit, Set<Long> busyChats) {
        Instant now = clock.instant();
        List<Long> candidates = jdbc
                .sql(CLAIMABLE)
                .params(Timestamp.from(now), limit + busyChats.size())
                .query((rs, i) -> busyChats.contains(rs.getLong("chat_id")) ? null : rs.getLong("id"))
                .list()
                .stream()
                .filter(Objects::nonNull)
                .limit(limit)
                .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        int won = jdbc.sql("UPDATE delivery SET status = 'SENDING', claimed_by = :me, claimed_at = :now,"
                        + " attempts = attempts + 1 WHERE id IN (:ids) AND status = 'PENDING'")
                .param("me", instanceId)
                .param("now", Timestamp.from(now))
                .param("ids", candidates)
                .update();
        if (won == 0) {
            return List.of();
        }
        // Rows this instance claimed in an earlier turn were not PENDING when the candidates were read, so those
        // SENDING under its name among the candidates are exactly the ones just won.
        Map<Long, Delivery> claimed = new HashMap<>();
        jdbc.sql("SELECT id, payload, attachment, attempts, failing_since, bulk FROM delivery"
                        + " WHERE id IN (:ids) AND status = 'SENDING' AND claimed_by = :me")
                .param("ids", candidates)
                .param("me", instanceId)
                .query(DeliveryQueue::map)
                .list()
                .forEach(d -> claimed.put(d.id(), d));
        return candidates.stream().map(claimed::get).filter(Objects::nonNull).toList();
    }

    /**
     * Of {@code chats}, those with a reply waiting to be sent: a bulk row claimed for one of them but not yet in flight
     * is given back ({@link #release}), so that the reply overtakes it.
     */
    public Set<Long> chatsWithRepliesWaiting(Set<Long> chats) {
        if (chats.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT DISTINCT chat_id FROM delivery WHERE chat_id IN (:chats)"
                        + " AND status = 'PENDING' AND bulk = FALSE")
                .param("chats", chats)
                .query(Long.class)
                .list());
    }

    /** Gives a claimed row that was never sent back to the queue, as if it had not been claimed. */
    public void release(long id) {
        jdbc.sql("UPDATE delivery SET status = 'PENDING', claimed_by = NULL, claimed_at = NULL,"
                        + " attempts = attempts - 1 WHERE id = ? AND status = 'SENDING'")
                .param(id)
                .update();
    }

    public void markSent(long id, Integer telegramMessageId) {
        settle(id, "SENT", telegramMessageId, null);
    }

    /** Gives the row back to the queue after a failed send (5xx, timeout), not to be tried before {@code when}. */
    public void retryAfterFailure(long id, Instant when, String error) {
        jdbc.sql("UPDATE delivery SET status = 'PENDING', not_before = ?, claimed_by = NULL, claimed_at = NULL,"
                        + " last_error = ?, failing_since = COALESCE(failing_since, ?) WHERE id = ?")
                .params(Timestamp.from(when), truncate(error), Timestamp.from(clock.instant()), id)
                .update();
    }

    /** Gives the row back to the queue, not to be tried before {@code when} (Telegram's flood control asked to wait). */
    public void retryAt(long id, Instant when, String error) {
        jdbc.sql("UPDATE delivery SET status = 'PENDING', not_before = ?, claimed_by = NULL, claimed_at = NULL,"
                        + " last_error = ? WHERE id = ?")
                .params(Timestamp.from(when), truncate(error), id)
                .update();
    }

    /** Settles a row that cannot succeed (the request itself is wrong). */
    public void fail(long id, String error) {
        settle(id, "FAILED", null, error);
    }

    /** Settles a row that must not be sent (the chat blocked the bot). */
    public void drop(long id, String reason) {
        settle(id, "DROPPED", null, reason);
    }

    /** Returns rows whose sender died mid-send (claimed before {@code cutoff}) to the queue: at least once. */
    public int requeueClaimedBefore(Instant cutoff) {
        return jdbc.sql("UPDATE delivery SET status = 'PENDING', claimed_by = NULL, claimed_at = NULL"
                        + " WHERE status = 'SENDING' AND claimed_at < ?")
                .param(Timestamp.from(cutoff))
                .update();
    }

    /**
     * Returns rows claimed by instances that are gone (no fresh heartbeat: killed, or stopped) to the queue: at
     * least once. A live instance's claims are left alone, however old.
     */
    public int requeueClaimsOfGoneInstances() {
        return jdbc.sql(
                        "UPDATE delivery SET status = 'PENDING', claimed_by = NULL, claimed_at = NULL WHERE status = 'SENDING'"
                                + " AND claimed_by <> ? AND claimed_by NOT IN (SELECT id FROM chibo_instance WHERE heartbeat_at >= ?)")
                .params(instanceId, Timestamp.from(Instant.now().minus(Instances.TTL)))
                .update();
    }

    /** A message Telegram may have received at {@code at}: what flood limits count. */
    public record RecentSend(long chatId, Instant at, boolean chatMessage) {}

    /**
     * Messages sent, or being sent, since {@code since}, oldest first: a restarted sender seeds its pacing
     * with them, so it does not write to a chat the previous run had just written to.
     */
    public List<RecentSend> recentSends(Instant since) {
        return jdbc.sql(
                        "SELECT chat_id, kind, COALESCE(finished_at, claimed_at) AS at FROM delivery"
                                + " WHERE (status = 'SENT' AND finished_at >= ?) OR (status = 'SENDING' AND claimed_at >= ?) ORDER BY at")
                .params(Timestamp.from(since), Timestamp.from(since))
                .query((rs, i) -> new RecentSend(
                        rs.getLong("chat_id"),
                        rs.getTimestamp("at").toInstant(),
                        Outgoing.Kind.valueOf(rs.getString("kind")).isChatMessage()))
                .list();
    }

    /** A message another instance sent: its row and when it was settled. */
    public record SentElsewhere(long id, Instant at, boolean chatMessage) {}

    /**
     * Messages other instances sent to {@code chatId} since {@code since}, in rows after {@code afterId}: what this
     * instance must count against the chat's flood limit before writing there too.
     */
    public List<SentElsewhere> sentByOthers(long chatId, Instant since, long afterId) {
        return jdbc.sql(
                        "SELECT id, kind, finished_at FROM delivery WHERE chat_id = ? AND status = 'SENT' AND id > ? AND finished_at >= ?"
                                + " AND claimed_by <> ? ORDER BY id")
                .params(chatId, afterId, Timestamp.from(since), instanceId)
                .query((rs, i) -> new SentElsewhere(
                        rs.getLong("id"),
                        rs.getTimestamp("finished_at").toInstant(),
                        Outgoing.Kind.valueOf(rs.getString("kind")).isChatMessage()))
                .list();
    }

    /** Rows in one status, counted through ix_delivery_due (status, not_before, id). */
    static final String COUNT_IN_STATUS = "SELECT COUNT(*) FROM delivery WHERE status = ?";

    /**
     * How many rows wait (PENDING) or are in flight (SENDING): what a progress log needs, counted through the
     * (status, not_before) index, so a long-lived queue with millions of settled rows is not scanned every few seconds.
     */
    public Map<String, Long> countUnsettled() {
        Map<String, Long> counts = new TreeMap<>();
        for (String status : List.of("PENDING", "SENDING")) {
            long n = jdbc.sql(COUNT_IN_STATUS).param(status).query(Long.class).single();
            if (n > 0) {
                counts.put(status, n);
            }
        }
        return counts;
    }

    /** How many rows are in each status, the whole table counted; for tests and one-off checks. */
    public Map<String, Long> countByStatus() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("SELECT status, COUNT(*) AS n FROM delivery GROUP BY status").query(rs -> {
            counts.put(rs.getString("status"), rs.getLong("n"));
        });
        return counts;
    }

    private void insert(Outgoing message, String idempotencyKey, Instant notBefore, boolean bulk) {
        jdbc.sql("INSERT INTO delivery (chat_id, kind, payload, attachment, idempotency_key, status, not_before, bulk,"
                        + " confidential) VALUES (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)")
                .params(
                        message.chatId(),
                        message.kind().name(),
                        toJson(message),
                        message.attachment(),
                        idempotencyKey,
                        Timestamp.from(notBefore),
                        bulk,
                        message.confidential())
                .update();
        signalAfterCommit();
    }

    private void settle(long id, String status, Integer telegramMessageId, String error) {
        // claimed_by stays: a settled row records which instance settled it. A secret is forgotten at once.
        jdbc.sql("UPDATE delivery SET status = ?, finished_at = ?, telegram_message_id = ?, last_error = ?,"
                        + " payload = CASE WHEN confidential THEN ? ELSE payload END,"
                        + " attachment = CASE WHEN confidential THEN NULL ELSE attachment END WHERE id = ?")
                .params(
                        status,
                        Timestamp.from(clock.instant()),
                        telegramMessageId,
                        truncate(error),
                        SentMessages.FORGOTTEN,
                        id)
                .update();
    }

    private void signalAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    listeners.forEach(Runnable::run);
                }
            });
        } else {
            listeners.forEach(Runnable::run);
        }
    }

    private static Delivery map(ResultSet rs, int row) throws SQLException {
        try {
            Outgoing message = JSON.readValue(rs.getString("payload"), Outgoing.class);
            Timestamp failingSince = rs.getTimestamp("failing_since");
            return new Delivery(
                    rs.getLong("id"),
                    message.withAttachment(rs.getBytes("attachment")),
                    rs.getInt("attempts") - 1,
                    failingSince == null ? null : failingSince.toInstant(),
                    rs.getBoolean("bulk"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable delivery payload " + rs.getLong("id"), e);
        }
    }

    private static String toJson(Outgoing message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + message.kind(), e);
        }
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}

package vn.chibo.scheduler.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chibo.scheduler.retention.KeptContent;

/**
 * Messages the queue has settled: the ids a conversation put in the chat (to tidy it away), and what they said, kept
 * for a while only (see {@code ContentRetention}).
 */
@Repository
public class SentMessages implements KeptContent {

    /** What a settled row's payload becomes once its content is forgotten. */
    static final String FORGOTTEN = "{}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;

    public SentMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Ids of the messages replies to a chat put there since {@code since} (sent or edited; reminders and other
     * keyed deliveries left out): what a conversation showed, for tidying it away afterwards.
     */
    public List<Integer> replyMessageIdsSince(long chatId, Instant since) {
        // Replies are told from keyed deliveries in Java, for the reason LATEST_SENT gives.
        return jdbc
                .sql("SELECT telegram_message_id, idempotency_key FROM delivery WHERE chat_id = ? AND status = 'SENT'"
                        + " AND not_before >= ? AND telegram_message_id IS NOT NULL"
                        + " AND kind IN ('SEND_TEXT', 'EDIT_TEXT', 'SEND_DOCUMENT', 'SEND_PHOTO', 'RESEND_DOCUMENT')")
                .params(chatId, Timestamp.from(since))
                .query((rs, n) -> rs.getString("idempotency_key") == null ? rs.getInt("telegram_message_id") : null)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * The message the latest text reply to a chat since {@code since} left on screen, if it carried buttons (a
     * question): the one to take them off once the question is answered by typing. Empty when that reply is not sent
     * yet, or had none.
     */
    public Optional<Integer> lastWithButtonsSince(long chatId, Instant since) {
        return repliesSince(chatId, since)
                .findFirst()
                .filter(sent -> sent.messageId() != null && hasButtons(sent.payload()))
                .map(Sent::messageId);
    }

    /**
     * The latest text reply to a chat since {@code since} that carries buttons, even with replies without any after it
     * (a typed value refused in a sentence): a flow's screen, to take its buttons off once it is answered by typing.
     */
    public Optional<Integer> lastScreenWithButtonsSince(long chatId, Instant since) {
        return repliesSince(chatId, since)
                .filter(sent -> sent.messageId() != null && hasButtons(sent.payload()))
                .findFirst()
                .map(Sent::messageId);
    }

    /** The text replies (not keyed deliveries) sent to a chat since {@code since}, newest first. */
    private java.util.stream.Stream<Sent> repliesSince(long chatId, Instant since) {
        return jdbc
                .sql(LATEST_SENT)
                .params(chatId, Timestamp.from(since))
                .query((rs, n) -> new Sent(
                        rs.getObject("telegram_message_id") == null ? null : rs.getInt("telegram_message_id"),
                        rs.getString("payload"),
                        rs.getString("idempotency_key") != null))
                .list()
                .stream()
                .filter(sent -> !sent.keyed());
    }

    private record Sent(Integer messageId, String payload, boolean keyed) {}

    /**
     * The message the latest keyed delivery to {@code chatId} whose key starts with {@code keyPrefix} left in the chat
     * (sent, or edited in place): a digest to edit again rather than send anew. Empty until one is sent.
     */
    public Optional<Integer> latestKeyed(String keyPrefix, long chatId) {
        // The prefix is matched as written: LIKE's own characters in it are escaped.
        String literal = keyPrefix.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return jdbc.sql(
                        "SELECT telegram_message_id FROM delivery WHERE idempotency_key LIKE ? ESCAPE '!' AND chat_id = ?"
                                + " AND status = 'SENT' AND telegram_message_id IS NOT NULL ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .params(literal + "%", chatId)
                .query(Integer.class)
                .optional();
    }

    /**
     * The texts sent to a chat since a moment, newest first: read through ix_delivery_chat_sent (chat, status, time), so
     * only the messages of the form since it began, however many the chat has had before. Which of them are replies
     * (no idempotency key) is told apart in Java: a condition on that key in the query lets H2 read through the key's
     * unique index instead, every reply of every chat.
     */
    static final String LATEST_SENT = "SELECT telegram_message_id, payload, idempotency_key FROM delivery"
            + " WHERE chat_id = ? AND status = 'SENT' AND not_before >= ? AND kind IN ('SEND_TEXT', 'EDIT_TEXT')"
            + " ORDER BY id DESC FETCH FIRST 20 ROWS ONLY";

    private static boolean hasButtons(String payload) {
        try {
            JsonNode keyboard = JSON.readTree(payload).path("keyboard");
            return keyboard.isArray() && !keyboard.isEmpty();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /**
     * Forgets what was said in messages settled before {@code cutoff} (sent, failed or dropped): their text and
     * attachment go; the row stays for ordering, deduplication and the sent message's id. Returns how many.
     */
    @Override
    public int forgetBefore(Instant cutoff) {
        return jdbc.sql("UPDATE delivery SET payload = ?, attachment = NULL"
                        + " WHERE status IN ('SENT', 'FAILED', 'DROPPED') AND finished_at < ? AND payload <> ?")
                .params(FORGOTTEN, Timestamp.from(cutoff), FORGOTTEN)
                .update();
    }
}

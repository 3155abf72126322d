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
        return jdbc.sql(
                        "SELECT DISTINCT telegram_message_id FROM delivery WHERE chat_id = ? AND not_before >= ?"
                                + " AND status = 'SENT' AND telegram_message_id IS NOT NULL AND idempotency_key IS NULL"
                                + " AND kind IN ('SEND_TEXT', 'EDIT_TEXT', 'SEND_DOCUMENT', 'SEND_PHOTO') ORDER BY telegram_message_id")
                .params(chatId, Timestamp.from(since))
                .query(Integer.class)
                .list();
    }

    /**
     * The message the latest text reply to a chat since {@code since} left on screen, if it carried buttons (a
     * question): the one to take them off once the question is answered by typing. Empty when that reply is not sent
     * yet, or had none.
     */
    public Optional<Integer> lastWithButtonsSince(long chatId, Instant since) {
        return jdbc.sql("SELECT telegram_message_id, payload FROM delivery WHERE chat_id = ? AND not_before >= ?"
                        + " AND status = 'SENT' AND idempotency_key IS NULL AND kind IN ('SEND_TEXT', 'EDIT_TEXT')"
                        + " ORDER BY id DESC LIMIT 1")
                .params(chatId, Timestamp.from(since))
                .query((rs, n) -> hasButtons(rs.getString("payload")) && rs.getObject("telegram_message_id") != null
                        ? Optional.of(rs.getInt("telegram_message_id"))
                        : Optional.<Integer>empty())
                .optional()
                .flatMap(id -> id);
    }

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

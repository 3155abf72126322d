package vn.chibo.bot.storage;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forgets one Telegram account, in one transaction: its link to every role and member record, what its conversation
 * held, its preferences, every message to or from its chat (queued or sent, with their content), its lane and its blocked mark.
 * What stays is the organisation's record, which names people rather than accounts: members, minutes, attendance,
 * commendations, and the audit log (which keeps who did what, with the account id, as accountability requires). Ids of
 * updates received stay too, emptied, so that Telegram redelivering one is still recognised.
 */
public final class PersonalData {

    /** Updates and messages keep their row with this in place of their content. */
    private static final String FORGOTTEN = "{}";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    public PersonalData(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Rows changed per table, in the order they were changed. */
    public Map<String, Integer> forget(long telegramUserId) {
        return tx.execute(status -> {
            Map<String, Integer> changed = new LinkedHashMap<>();
            changed.put(
                    "role_assignment",
                    update(
                            "UPDATE role_assignment SET telegram_user_id = NULL WHERE telegram_user_id = ?",
                            telegramUserId));
            changed.put(
                    "member",
                    update("UPDATE member SET telegram_user_id = NULL WHERE telegram_user_id = ?", telegramUserId));
            changed.put("acting_role", update("DELETE FROM acting_role WHERE telegram_user_id = ?", telegramUserId));
            changed.put("invitation", update("UPDATE invitation SET used_by = NULL WHERE used_by = ?", telegramUserId));
            changed.put(
                    "member_invitation",
                    update("UPDATE member_invitation SET used_by = NULL WHERE used_by = ?", telegramUserId));
            changed.put(
                    "meeting_notice",
                    update("UPDATE meeting_notice SET sent_by = NULL WHERE sent_by = ?", telegramUserId));
            changed.put(
                    "meeting_submission",
                    update("UPDATE meeting_submission SET submitted_by = NULL WHERE submitted_by = ?", telegramUserId)
                            + update(
                                    "UPDATE meeting_submission SET settled_by = NULL WHERE settled_by = ?",
                                    telegramUserId));
            changed.put(
                    "unit_group", update("UPDATE unit_group SET linked_by = NULL WHERE linked_by = ?", telegramUserId));
            changed.put(
                    "conversation",
                    // Ended, not deleted: its version goes on growing, so a button left in the chat stays stale.
                    jdbc.sql("UPDATE conversation SET flow = '', step = '', data = '', version = version + 1"
                                    + " WHERE chat_id = ? OR user_id = ?")
                            .params(telegramUserId, telegramUserId)
                            .update());
            changed.put("user_preference", update("DELETE FROM user_preference WHERE user_id = ?", telegramUserId));
            changed.put("delivery", update("DELETE FROM delivery WHERE chat_id = ?", telegramUserId));
            changed.put(
                    "inbound_update",
                    jdbc.sql("UPDATE inbound_update SET payload = ?, handled_at = COALESCE(handled_at,"
                                    + " received_at) WHERE chat_id = ?")
                            .params(FORGOTTEN, telegramUserId)
                            .update());
            changed.put("chat_lane", update("DELETE FROM chat_lane WHERE chat_id = ?", telegramUserId));
            changed.put("blocked_chat", update("DELETE FROM blocked_chat WHERE chat_id = ?", telegramUserId));
            return changed;
        });
    }

    private int update(String sql, long id) {
        return jdbc.sql(sql).param(id).update();
    }
}

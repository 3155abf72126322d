package vn.chibo.scheduler.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Chats that blocked the bot. Nothing is sent there until the person writes to the bot again. */
@Repository
public class BlockedChats {

    private final JdbcClient jdbc;
    private final Clock clock;

    public BlockedChats(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void block(long chatId) {
        if (!isBlocked(chatId)) {
            jdbc.sql("INSERT INTO blocked_chat (chat_id, blocked_at) VALUES (?, ?)")
                    .params(chatId, Timestamp.from(clock.instant()))
                    .update();
        }
    }

    public void unblock(long chatId) {
        jdbc.sql("DELETE FROM blocked_chat WHERE chat_id = ?").param(chatId).update();
    }

    public boolean isBlocked(long chatId) {
        return jdbc.sql("SELECT COUNT(*) FROM blocked_chat WHERE chat_id = ?")
                        .param(chatId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}

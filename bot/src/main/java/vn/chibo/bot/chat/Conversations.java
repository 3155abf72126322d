package vn.chibo.bot.chat;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Conversation state, stored so that a restart resumes where the person was. An ended conversation keeps its version. */
@Repository
public class Conversations {

    private static final String ENDED = "";

    private final JdbcClient jdbc;
    private final Clock clock;

    Conversations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Conversation> find(long chatId) {
        return row(chatId).filter(c -> !c.flow().equals(ENDED));
    }

    /** Starts {@code flow} in the chat, replacing whatever was in progress. */
    public Conversation begin(long chatId, long userId, String flow, String step, String data) {
        int version = row(chatId).map(c -> c.version() + 1).orElse(1);
        var conversation = new Conversation(chatId, userId, flow, step, version, data, clock.instant());
        if (version == 1) {
            jdbc.sql(
                            "INSERT INTO conversation (chat_id, user_id, flow, step, version, data, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(chatId, userId, flow, step, version, data, Timestamp.from(conversation.updatedAt()))
                    .update();
        } else {
            write(conversation);
        }
        return conversation;
    }

    public Conversation advance(Conversation current, String step, String data) {
        var next = new Conversation(
                current.chatId(), current.userId(), current.flow(), step, current.version() + 1, data, clock.instant());
        write(next);
        return next;
    }

    /** Rewrites the data of the current step without a new version: the buttons on screen stay valid (e.g. toggling names). */
    public Conversation rewrite(Conversation current, String data) {
        var same = new Conversation(
                current.chatId(),
                current.userId(),
                current.flow(),
                current.step(),
                current.version(),
                data,
                clock.instant());
        write(same);
        return same;
    }

    /** Ends whatever is in progress; returns whether something was. */
    public boolean end(long chatId) {
        Optional<Conversation> current = find(chatId);
        current.ifPresent(
                c -> write(new Conversation(chatId, c.userId(), ENDED, ENDED, c.version() + 1, "", clock.instant())));
        return current.isPresent();
    }

    private Optional<Conversation> row(long chatId) {
        return jdbc.sql(
                        "SELECT chat_id, user_id, flow, step, version, data, updated_at FROM conversation WHERE chat_id = ?")
                .param(chatId)
                .query((rs, i) -> new Conversation(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .optional();
    }

    private void write(Conversation c) {
        jdbc.sql(
                        "UPDATE conversation SET user_id = ?, flow = ?, step = ?, version = ?, data = ?, updated_at = ? WHERE chat_id = ?")
                .params(
                        c.userId(),
                        c.flow(),
                        c.step(),
                        c.version(),
                        c.data(),
                        Timestamp.from(c.updatedAt()),
                        c.chatId())
                .update();
    }
}

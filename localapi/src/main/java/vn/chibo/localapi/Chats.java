package vn.chibo.localapi;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The private chats of every person with the bot, and the message ids they share: ids only grow, across restarts
 * too when a folder keeps their mark. Callers hold {@link #lock} around every use.
 */
final class Chats {

    final Object lock = new Object();
    private final Map<Long, Chat> chats = new LinkedHashMap<>();
    /** Where message ids are kept across restarts (the sandbox); null: each run starts afresh (tests). */
    private final IdMark messageMark;

    Chats(Path idFolder) {
        this.messageMark = idFolder == null ? null : IdMark.in(idFolder.resolve("message-id"), 1);
    }

    void open(long userId, String firstName) {
        chats.computeIfAbsent(
                userId, id -> new Chat(id, firstName, messageMark == null ? 1 : Math.toIntExact(messageMark.first())));
    }

    /** The chat, or null when the person never appeared. */
    Chat find(long chatId) {
        return chats.get(chatId);
    }

    /** The chat of a person a test made; anything else is the test's own mistake. */
    Chat known(long chatId) {
        Chat chat = chats.get(chatId);
        if (chat == null) {
            throw new IllegalArgumentException("No such person: " + chatId);
        }
        return chat;
    }

    /** The chat as the bot reaches it: Telegram's answers for an unknown chat or a person who blocked the bot. */
    Chat reachable(long chatId) {
        Chat chat = chats.get(chatId);
        if (chat == null) {
            throw ApiError.badRequest("chat not found");
        }
        if (chat.blocked) {
            throw new ApiError(403, "Forbidden: bot was blocked by the user");
        }
        return chat;
    }

    int newMessageId(Chat chat) {
        int id = chat.nextMessageId++;
        if (messageMark != null) {
            messageMark.use(id);
        }
        return id;
    }
}

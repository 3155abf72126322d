package vn.chibo.localapi;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The private chats of every person with the bot, and the message ids they share: ids only grow, across restarts
 * too when a folder keeps their mark, and there the chats themselves are kept as well. Callers hold {@link #lock}
 * around every use.
 */
final class Chats {

    final Object lock = new Object();
    private final Map<Long, Chat> chats = new LinkedHashMap<>();
    /** Where message ids are kept across restarts (the sandbox); null: each run starts afresh (tests). */
    private final IdMark messageMark;
    /** Where the chats are kept across restarts; null with {@link #messageMark}. */
    private final ChatArchive archive;

    Chats(Path idFolder) {
        this.messageMark = idFolder == null ? null : IdMark.in(idFolder.resolve("message-id"), 1);
        this.archive = idFolder == null ? null : new ChatArchive(idFolder);
        if (archive != null) {
            for (ChatArchive.Restored restored : archive.restore()) {
                Chat chat = new Chat(restored.chatId(), restored.firstName(), firstMessageId(), archive);
                restored.messages().forEach(m -> chat.messages.put(m.messageId(), m));
                chats.put(chat.id, chat);
            }
        }
    }

    private int firstMessageId() {
        return messageMark == null ? 1 : Math.toIntExact(messageMark.first());
    }

    void open(long userId, String firstName) {
        chats.computeIfAbsent(userId, id -> {
            if (archive != null) {
                archive.opened(id, firstName);
            }
            return new Chat(id, firstName, firstMessageId(), archive);
        });
    }

    /** A group (a negative id, as Telegram gives groups), kept in memory only; the bot is not in it yet. */
    Chat openGroup(long groupId, String title) {
        if (groupId >= 0) {
            throw new IllegalArgumentException("A group's id is negative: " + groupId);
        }
        return chats.computeIfAbsent(groupId, id -> new Chat(id, null, title, firstMessageId(), null));
    }

    /** The files the kept chats show, for downloads after a restart. */
    List<StoredFile> restoredFiles() {
        return chats.values().stream()
                .flatMap(chat -> chat.messages.values().stream())
                .map(ChatMessage::file)
                .filter(Objects::nonNull)
                .toList();
    }

    void close() {
        if (archive != null) {
            archive.close();
        }
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
        if (chat.isGroup() && chat.blocked) {
            throw new ApiError(403, "Forbidden: bot was kicked from the group chat");
        }
        if (chat.isGroup() && !chat.botMember) {
            throw new ApiError(403, "Forbidden: bot is not a member of the group chat");
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

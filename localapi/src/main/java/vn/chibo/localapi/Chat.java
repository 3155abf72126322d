package vn.chibo.localapi;

import java.util.Collection;
import java.util.LinkedHashMap;

/**
 * One person's private chat with the bot, or a group the bot may be a member of, as the local server keeps it.
 * Guarded by the server's lock.
 */
final class Chat {
    final long id;
    final String firstName;
    /** A group's title; null for a private chat. */
    final String title;
    /** Whether the bot is a member of the group now (a private chat: always reachable unless blocked). */
    boolean botMember;

    final LinkedHashMap<Integer, ChatMessage> messages = new LinkedHashMap<>();
    /** Where the chat is kept across restarts (the sandbox); null: in memory only (tests). */
    private final ChatArchive archive;

    int nextMessageId;
    boolean blocked;
    /** Grows with every change the bot makes to the chat; {@link #awaitChange} waits on it. */
    volatile long version;

    Chat(long id, String firstName, int firstMessageId, ChatArchive archive) {
        this(id, firstName, null, firstMessageId, archive);
    }

    Chat(long id, String firstName, String title, int firstMessageId, ChatArchive archive) {
        this.id = id;
        this.firstName = firstName;
        this.title = title;
        this.nextMessageId = firstMessageId;
        this.archive = archive;
    }

    boolean isGroup() {
        return title != null;
    }

    /** Puts a message the bot sent or edited in the chat. */
    void show(ChatMessage message) {
        keep(message);
        changed();
    }

    /** Puts a message in the chat (the person's own, or the bot's): kept on disk too, where the chat is. */
    void keep(ChatMessage message) {
        messages.put(message.messageId(), message);
        if (archive != null) {
            archive.shown(message);
            ChatArchive.trim(messages);
        }
    }

    /** Removes the messages that are there; how many were. */
    int forget(Collection<Integer> messageIds) {
        int removed = 0;
        for (Integer messageId : messageIds) {
            if (messages.remove(messageId) != null) {
                removed++;
            }
        }
        if (archive != null && removed > 0) {
            archive.deleted(id, messageIds);
        }
        return removed;
    }

    void changed() {
        synchronized (this) {
            version++;
            notifyAll();
        }
    }

    long awaitChange(long seen, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        synchronized (this) {
            while (version == seen && System.currentTimeMillis() < deadline) {
                wait(Math.max(1, deadline - System.currentTimeMillis()));
            }
            return version;
        }
    }
}

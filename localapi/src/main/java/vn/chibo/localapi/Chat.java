package vn.chibo.localapi;

import java.util.LinkedHashMap;
import java.util.Map;

/** One person's private chat with the bot, as the local server keeps it. Guarded by the server's lock. */
final class Chat {
    final long id;
    final String firstName;
    final Map<Integer, ChatMessage> messages = new LinkedHashMap<>();
    int nextMessageId;
    boolean blocked;
    /** Grows with every change the bot makes to the chat; {@link #awaitChange} waits on it. */
    volatile long version;

    Chat(long id, String firstName, int firstMessageId) {
        this.id = id;
        this.firstName = firstName;
        this.nextMessageId = firstMessageId;
    }

    /** Puts a message the bot sent or edited in the chat. */
    void show(ChatMessage message) {
        messages.put(message.messageId(), message);
        changed();
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

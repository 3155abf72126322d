package vn.chibo.localapi;

import java.util.List;
import java.util.Map;

/**
 * A person chatting with the bot from their phone: what they can do (type, tap a button, send a file,
 * block the bot) and what they see.
 */
public final class Person {

    private final LocalTelegram telegram;
    private final long userId;
    private final String firstName;

    Person(LocalTelegram telegram, long userId, String firstName) {
        this.telegram = telegram;
        this.userId = userId;
        this.firstName = firstName;
    }

    public long id() {
        return userId;
    }

    public String firstName() {
        return firstName;
    }

    /** Types and sends {@code text}; returns the update the bot will receive. */
    public Map<String, Object> sends(String text) {
        return telegram.userSends(userId, text, null, null);
    }

    /** Taps the button labelled {@code label} on {@code message}. */
    public Map<String, Object> taps(ChatMessage message, String label) {
        return telegram.userPresses(
                userId, message.messageId(), message.button(label).callbackData());
    }

    /** Sends a callback as if a button with {@code data} sat on message {@code messageId} (a forged or stale tap). */
    public Map<String, Object> tapsRaw(int messageId, String data) {
        return telegram.userPresses(userId, messageId, data);
    }

    public Map<String, Object> sendsDocument(String fileName, String mimeType, byte[] content, String caption) {
        return telegram.userSends(
                userId, null, telegram.files.storeUpload(fileName, mimeType, content, false), caption);
    }

    /** A photo picked from the phone's gallery, under its own name and type (a PNG stays a PNG). */
    public Map<String, Object> sendsPhoto(String fileName, String mimeType, byte[] content, String caption) {
        return telegram.userSends(userId, null, telegram.files.storeUpload(fileName, mimeType, content, true), caption);
    }

    public Map<String, Object> sendsPhoto(byte[] content, String caption) {
        return telegram.userSends(
                userId, null, telegram.files.storeUpload("photo.jpg", "image/jpeg", content, true), caption);
    }

    /**
     * Writes {@code text} in {@code group}; returns the update the bot receives, or null when privacy mode keeps it
     * from the bot (anything but a command).
     */
    public Map<String, Object> sendsIn(Group group, String text) {
        return telegram.userSendsInGroup(group.id(), userId, text);
    }

    /** Taps the button labelled {@code label} on the bot's {@code message} in {@code group}. */
    public Map<String, Object> tapsIn(Group group, ChatMessage message, String label) {
        return telegram.userPressesInGroup(
                group.id(), userId, message.messageId(), message.button(label).callbackData());
    }

    /** A press in {@code group} with {@code data}, as if on message {@code messageId} (a forged or stale tap). */
    public Map<String, Object> tapsRawIn(Group group, int messageId, String data) {
        return telegram.userPressesInGroup(group.id(), userId, messageId, data);
    }

    /** Blocks the bot; Telegram sends the bot a my_chat_member update saying so. */
    public void blocksTheBot() {
        telegram.block(userId, false);
    }

    /** Blocks the bot before the bot has heard of it: its next send to this chat meets a 403. */
    public void blocksTheBotUnannounced() {
        telegram.block(userId, true);
    }

    /** Everything in the chat, oldest first, as it looks now. */
    public List<ChatMessage> chat() {
        return telegram.messages(userId);
    }

    public List<ChatMessage> fromBot() {
        return chat().stream().filter(ChatMessage::fromBot).toList();
    }

    public ChatMessage lastFromBot() {
        List<ChatMessage> fromBot = fromBot();
        if (fromBot.isEmpty()) {
            throw new IllegalStateException(firstName + " has no message from the bot yet");
        }
        return fromBot.get(fromBot.size() - 1);
    }
}

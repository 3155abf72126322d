package vn.chibo.scheduler.delivery;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One outbound action towards a chat. Built only through the factory methods, one per kind; the bot's
 * sender turns it into the matching Bot API call.
 */
public record Outgoing(
        Kind kind,
        long chatId,
        String text,
        List<List<Button>> keyboard,
        Integer messageId,
        String callbackQueryId,
        boolean alert,
        String fileName,
        List<Integer> messageIds,
        @JsonIgnore byte[] attachment,
        @JsonIgnore boolean confidential) {

    public enum Kind {
        SEND_TEXT,
        EDIT_TEXT,
        /** Bot API {@code editMessageReplyMarkup} without a markup: the message keeps its text and loses its buttons. */
        REMOVE_BUTTONS,
        ANSWER_CALLBACK,
        SEND_DOCUMENT,
        SEND_PHOTO,
        /** A document Telegram already holds, sent again by its file id (kept in {@code fileName}). */
        RESEND_DOCUMENT,
        DELETE_MESSAGE,
        /** Bot API {@code deleteMessages}: up to {@link #MAX_DELETE} messages of one chat in one call. */
        DELETE_MESSAGES;

        /** Whether Telegram counts it against a chat's message limits. */
        public boolean isChatMessage() {
            return this != ANSWER_CALLBACK;
        }
    }

    /** The most message ids one {@code deleteMessages} call takes. */
    public static final int MAX_DELETE = 100;

    public static Outgoing text(long chatId, String text) {
        return text(chatId, text, List.of());
    }

    public static Outgoing text(long chatId, String text, List<List<Button>> keyboard) {
        return new Outgoing(Kind.SEND_TEXT, chatId, text, keyboard, null, null, false, null, null, null, false);
    }

    public static Outgoing edit(long chatId, int messageId, String text, List<List<Button>> keyboard) {
        return new Outgoing(Kind.EDIT_TEXT, chatId, text, keyboard, messageId, null, false, null, null, null, false);
    }

    /** Takes the buttons off a message the bot sent, which keeps its text (a question answered by typing). */
    public static Outgoing removeButtons(long chatId, int messageId) {
        return new Outgoing(
                Kind.REMOVE_BUTTONS, chatId, null, List.of(), messageId, null, false, null, null, null, false);
    }

    /** Stops the button's spinner; {@code text} (may be null) shows as a toast, or a dialog when {@code alert}. */
    public static Outgoing answer(long chatId, String callbackQueryId, String text, boolean alert) {
        return new Outgoing(
                Kind.ANSWER_CALLBACK, chatId, text, List.of(), null, callbackQueryId, alert, null, null, null, false);
    }

    public static Outgoing document(long chatId, String fileName, byte[] content, String caption) {
        return new Outgoing(
                Kind.SEND_DOCUMENT, chatId, caption, List.of(), null, null, false, fileName, null, content, false);
    }

    /**
     * Sends again a document a person sent the bot, by the file id Telegram gave it: the bot never downloads it. The
     * file id travels in {@code fileName}.
     */
    public static Outgoing storedDocument(long chatId, String fileId, String caption) {
        return new Outgoing(
                Kind.RESEND_DOCUMENT, chatId, caption, List.of(), null, null, false, fileId, null, null, false);
    }

    public static Outgoing photo(long chatId, String fileName, byte[] content, String caption) {
        return new Outgoing(
                Kind.SEND_PHOTO, chatId, caption, List.of(), null, null, false, fileName, null, content, false);
    }

    public static Outgoing delete(long chatId, int messageId) {
        return new Outgoing(
                Kind.DELETE_MESSAGE, chatId, null, List.of(), messageId, null, false, null, null, null, false);
    }

    /**
     * Deletes several messages of one chat in one call; Telegram skips any that are gone or older than 48 hours.
     * More than {@link #MAX_DELETE} ids cannot be built: split them first.
     */
    public static Outgoing deleteAll(long chatId, List<Integer> messageIds) {
        if (messageIds.isEmpty() || messageIds.size() > MAX_DELETE) {
            throw new IllegalArgumentException(
                    "deleteMessages takes 1 to " + MAX_DELETE + " ids, not " + messageIds.size());
        }
        return new Outgoing(
                Kind.DELETE_MESSAGES,
                chatId,
                null,
                List.of(),
                null,
                null,
                false,
                null,
                List.copyOf(messageIds),
                null,
                false);
    }

    public Outgoing withAttachment(byte[] bytes) {
        return copy(bytes, confidential);
    }

    /**
     * The same, holding a secret (an invitation link): the queue forgets its text and attachment as soon as Telegram
     * has it, keeping only what ordering and the sent message's id need.
     */
    public Outgoing holdingASecret() {
        return copy(attachment, true);
    }

    private Outgoing copy(byte[] attachment, boolean confidential) {
        return new Outgoing(
                kind,
                chatId,
                text,
                keyboard,
                messageId,
                callbackQueryId,
                alert,
                fileName,
                messageIds,
                attachment,
                confidential);
    }
}

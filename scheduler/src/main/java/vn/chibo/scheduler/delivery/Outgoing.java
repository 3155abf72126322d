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
        @JsonIgnore byte[] attachment) {

    public enum Kind {
        SEND_TEXT,
        EDIT_TEXT,
        ANSWER_CALLBACK,
        SEND_DOCUMENT,
        SEND_PHOTO,
        DELETE_MESSAGE;

        /** Whether Telegram counts it against a chat's message limits. */
        public boolean isChatMessage() {
            return this != ANSWER_CALLBACK;
        }
    }

    public static Outgoing text(long chatId, String text) {
        return text(chatId, text, List.of());
    }

    public static Outgoing text(long chatId, String text, List<List<Button>> keyboard) {
        return new Outgoing(Kind.SEND_TEXT, chatId, text, keyboard, null, null, false, null, null);
    }

    public static Outgoing edit(long chatId, int messageId, String text, List<List<Button>> keyboard) {
        return new Outgoing(Kind.EDIT_TEXT, chatId, text, keyboard, messageId, null, false, null, null);
    }

    /** Stops the button's spinner; {@code text} (may be null) shows as a toast, or a dialog when {@code alert}. */
    public static Outgoing answer(long chatId, String callbackQueryId, String text, boolean alert) {
        return new Outgoing(Kind.ANSWER_CALLBACK, chatId, text, List.of(), null, callbackQueryId, alert, null, null);
    }

    public static Outgoing document(long chatId, String fileName, byte[] content, String caption) {
        return new Outgoing(Kind.SEND_DOCUMENT, chatId, caption, List.of(), null, null, false, fileName, content);
    }

    public static Outgoing photo(long chatId, String fileName, byte[] content, String caption) {
        return new Outgoing(Kind.SEND_PHOTO, chatId, caption, List.of(), null, null, false, fileName, content);
    }

    public static Outgoing delete(long chatId, int messageId) {
        return new Outgoing(Kind.DELETE_MESSAGE, chatId, null, List.of(), messageId, null, false, null, null);
    }

    public Outgoing withAttachment(byte[] bytes) {
        return new Outgoing(kind, chatId, text, keyboard, messageId, callbackQueryId, alert, fileName, bytes);
    }
}

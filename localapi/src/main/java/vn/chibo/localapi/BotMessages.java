package vn.chibo.localapi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the bot's calls do to the chats, with Telegram's checks: texts of 1–4,096 characters, captions up to 1,024,
 * edits that must change something and replace the keyboard, one answer per callback query, flood limits.
 */
final class BotMessages {

    static final int MAX_TEXT = 4096;
    static final int MAX_CAPTION = 1024;

    private final Chats chats;
    private final FileStore files;
    private final CallLog calls;
    private final Map<String, OpenCallback> callbacks;
    private final long botId;
    private final String botUsername;

    BotMessages(
            Chats chats,
            FileStore files,
            CallLog calls,
            Map<String, OpenCallback> callbacks,
            long botId,
            String botUsername) {
        this.chats = chats;
        this.files = files;
        this.calls = calls;
        this.callbacks = callbacks;
        this.botId = botId;
        this.botUsername = botUsername;
    }

    Object sendMessage(long chatId, String text, Object replyMarkup) {
        synchronized (chats.lock) {
            Chat chat = chats.reachable(chatId);
            checkText(text, MAX_TEXT, "message is too long");
            calls.admit(chatId);
            return post(chat, text, replyMarkup, null);
        }
    }

    /** A new message from the bot at the end of the chat, as Telegram returns it. */
    private Object post(Chat chat, String text, Object replyMarkup, StoredFile file) {
        var message = new ChatMessage(
                chats.newMessageId(chat), chat.id, true, now(), text, Json.keyboard(replyMarkup), file, 0);
        chat.show(message);
        return Json.message(message, chat, botId, botUsername);
    }

    Object sendFile(long chatId, StoredFile upload, String caption, Object replyMarkup, boolean asPhoto) {
        synchronized (chats.lock) {
            Chat chat = chats.reachable(chatId);
            if (upload == null) {
                throw ApiError.badRequest(
                        asPhoto ? "there is no photo in the request" : "there is no document in the request");
            }
            StoredFile file = upload.photo() == asPhoto
                    ? upload
                    : new StoredFile(
                            upload.fileId(),
                            upload.fileUniqueId(),
                            upload.fileName(),
                            upload.mimeType(),
                            upload.content(),
                            asPhoto);
            if (caption != null && caption.length() > MAX_CAPTION) {
                throw ApiError.badRequest("message caption is too long");
            }
            calls.admit(chatId);
            files.put(file);
            return post(chat, caption, replyMarkup, file);
        }
    }

    Object editMessage(long chatId, int messageId, String newText, Object replyMarkup, boolean keepText) {
        synchronized (chats.lock) {
            Chat chat = chats.reachable(chatId);
            ChatMessage message = chat.messages.get(messageId);
            if (message == null) {
                throw ApiError.badRequest("message to edit not found");
            }
            if (!message.fromBot()) {
                throw ApiError.badRequest("message can't be edited");
            }
            String text = keepText ? message.text() : newText;
            if (!keepText) {
                checkText(text, MAX_TEXT, "MESSAGE_TOO_LONG");
            }
            var keyboard = Json.keyboard(replyMarkup);
            if (Objects.equals(text, message.text()) && keyboard.equals(message.keyboard())) {
                throw ApiError.badRequest(
                        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
            }
            calls.admit(chatId);
            ChatMessage edited = message.edited(text, keyboard);
            chat.show(edited);
            Map<String, Object> json = Json.message(edited, chat, botId, botUsername);
            json.put("edit_date", now());
            return json;
        }
    }

    Object deleteMessage(long chatId, int messageId) {
        synchronized (chats.lock) {
            Chat chat = chats.reachable(chatId);
            if (chat.forget(List.of(messageId)) == 0) {
                throw ApiError.badRequest("message to delete not found");
            }
            chat.changed();
            return Boolean.TRUE;
        }
    }

    /** As Telegram: messages that are not there are skipped; True either way. */
    Object deleteMessages(long chatId, List<Integer> messageIds) {
        synchronized (chats.lock) {
            Chat chat = chats.reachable(chatId);
            chat.forget(messageIds);
            chat.changed();
            return Boolean.TRUE;
        }
    }

    Object answerCallbackQuery(String queryId, String text, boolean alert) {
        OpenCallback callback = queryId == null ? null : callbacks.get(queryId);
        if (callback == null || callback.answered) {
            throw ApiError.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        if (text != null && text.length() > 200) {
            throw ApiError.badRequest("MESSAGE_TOO_LONG");
        }
        callback.answer(text, alert);
        return Boolean.TRUE;
    }

    private static void checkText(String text, int max, String tooLong) {
        if (text == null || text.isBlank()) {
            throw ApiError.badRequest("message text is empty");
        }
        if (text.length() > max) {
            throw ApiError.badRequest(tooLong);
        }
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}

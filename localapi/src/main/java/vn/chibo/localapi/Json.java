package vn.chibo.localapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds Bot API objects (User, Chat, Message, InlineKeyboardMarkup) as the Bot API documents them. */
final class Json {

    private Json() {}

    static Map<String, Object> user(long id, String firstName) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", id);
        user.put("is_bot", false);
        user.put("first_name", firstName);
        user.put("language_code", "vi");
        return user;
    }

    static Map<String, Object> bot(long id, String username) {
        Map<String, Object> bot = new LinkedHashMap<>();
        bot.put("id", id);
        bot.put("is_bot", true);
        bot.put("first_name", "chibo");
        bot.put("username", username);
        return bot;
    }

    static Map<String, Object> chat(Chat chat) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", chat.id);
        if (chat.isGroup()) {
            json.put("title", chat.title);
            json.put("type", "group");
        } else {
            json.put("first_name", chat.firstName);
            json.put("type", "private");
        }
        return json;
    }

    static Map<String, Object> message(ChatMessage message, Chat chat, long botId, String botUsername) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("message_id", message.messageId());
        json.put("from", message.fromBot() ? bot(botId, botUsername) : user(chat.id, chat.firstName));
        json.put("chat", chat(chat));
        json.put("date", message.date());
        StoredFile file = message.file();
        if (file == null) {
            json.put("text", message.text());
        } else {
            if (file.photo()) {
                json.put(
                        "photo",
                        List.of(Map.of(
                                "file_id",
                                file.fileId(),
                                "file_unique_id",
                                file.fileUniqueId(),
                                "width",
                                800,
                                "height",
                                600,
                                "file_size",
                                file.size())));
            } else {
                Map<String, Object> document = new LinkedHashMap<>();
                document.put("file_id", file.fileId());
                document.put("file_unique_id", file.fileUniqueId());
                document.put("file_name", file.fileName());
                document.put("mime_type", file.mimeType());
                document.put("file_size", file.size());
                json.put("document", document);
            }
            if (message.text() != null) {
                json.put("caption", message.text());
            }
        }
        if (!message.keyboard().isEmpty()) {
            List<List<Map<String, Object>>> rows = new ArrayList<>();
            for (var row : message.keyboard()) {
                List<Map<String, Object>> buttons = new ArrayList<>();
                for (var button : row) {
                    Map<String, Object> b = new LinkedHashMap<>();
                    b.put("text", button.text());
                    if (button.callbackData() != null) {
                        b.put("callback_data", button.callbackData());
                    }
                    if (button.url() != null) {
                        b.put("url", button.url());
                    }
                    buttons.add(b);
                }
                rows.add(buttons);
            }
            json.put("reply_markup", Map.of("inline_keyboard", rows));
        }
        return json;
    }

    /** Reads an InlineKeyboardMarkup, enforcing the Bot API's rules on buttons. */
    static List<List<ChatMessage.InlineButton>> keyboard(Object replyMarkup) {
        if (!(replyMarkup instanceof Map<?, ?> markup) || !(markup.get("inline_keyboard") instanceof List<?> rows)) {
            return List.of();
        }
        List<List<ChatMessage.InlineButton>> keyboard = new ArrayList<>();
        for (Object row : rows) {
            if (!(row instanceof List<?> buttons)) {
                throw ApiError.badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
            }
            List<ChatMessage.InlineButton> parsed = new ArrayList<>();
            for (Object item : buttons) {
                if (!(item instanceof Map<?, ?> button)
                        || !(button.get("text") instanceof String text)
                        || text.isEmpty()) {
                    throw ApiError.badRequest(
                            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
                }
                Object data = button.get("callback_data");
                Object url = button.get("url");
                if (data == null && url == null) {
                    throw ApiError.badRequest(
                            "can't parse inline keyboard button: InlineKeyboardButton must have exactly one optional field");
                }
                if (data != null
                        && (data.toString().isEmpty()
                                || data.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                                        > LocalTelegram.MAX_CALLBACK_DATA)) {
                    throw ApiError.badRequest("BUTTON_DATA_INVALID");
                }
                parsed.add(new ChatMessage.InlineButton(
                        text, data == null ? null : data.toString(), url == null ? null : url.toString()));
            }
            keyboard.add(List.copyOf(parsed));
        }
        return List.copyOf(keyboard);
    }
}

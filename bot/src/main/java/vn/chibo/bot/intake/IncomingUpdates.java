package vn.chibo.bot.intake;

import java.util.Comparator;
import java.util.Locale;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.Incoming.Kind;
import vn.chibo.content.text.CleanText;

/** Reads a Telegram {@link Update} into an {@link Incoming}, and finds the chat an update belongs to. */
final class IncomingUpdates {

    private IncomingUpdates() {}

    /** The chat whose lane the update runs in: its chat, else its sender, else 0. */
    static long chatOf(Update update) {
        // A webhook body may be any JSON an update's shape allows: every part may be missing.
        Message message = update.hasMessage() ? update.getMessage() : update.getEditedMessage();
        if (message != null && message.getChat() != null) {
            return message.getChatId();
        }
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            if (query.getMessage() != null && query.getMessage().getChat() != null) {
                return query.getMessage().getChatId();
            }
            return query.getFrom() == null ? 0 : query.getFrom().getId();
        }
        if (update.getMyChatMember() != null && update.getMyChatMember().getChat() != null) {
            return update.getMyChatMember().getChat().getId();
        }
        return 0;
    }

    static Incoming read(Update update) {
        long updateId = update.getUpdateId();
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            Integer messageId =
                    query.getMessage() == null ? null : query.getMessage().getMessageId();
            boolean isPrivate = query.getMessage() == null || query.getMessage().getChatId() > 0;
            // The text of the message that carried the button, so an answer can keep it while removing the buttons.
            String shown = query.getMessage() instanceof Message carrier ? carrier.getText() : null;
            return new Incoming(
                    updateId,
                    chatOf(update),
                    query.getFrom().getId(),
                    name(query.getFrom()),
                    isPrivate,
                    Kind.CALLBACK,
                    shown,
                    null,
                    null,
                    query.getId(),
                    query.getData(),
                    messageId,
                    null,
                    null);
        }
        if (update.getMyChatMember() != null) {
            ChatMemberUpdated change = update.getMyChatMember();
            String status = change.getNewChatMember().getStatus();
            boolean in = "member".equals(status) || "administrator".equals(status);
            Kind kind;
            if (change.getChat().getId() < 0) {
                kind = in ? Kind.GROUP_JOINED : Kind.GROUP_LEFT;
            } else {
                kind = "kicked".equals(status) ? Kind.BLOCKED : "member".equals(status) ? Kind.UNBLOCKED : Kind.OTHER;
            }
            return simple(updateId, change.getChat().getId(), change.getFrom(), kind);
        }
        Message message = update.getMessage();
        if (message == null || message.getFrom() == null) {
            long chat = chatOf(update);
            return new Incoming(
                    updateId, chat, chat, "", chat > 0, Kind.OTHER, null, null, null, null, null, null, null, null);
        }
        return readMessage(updateId, message);
    }

    private static Incoming readMessage(long updateId, Message message) {
        User from = message.getFrom();
        boolean isPrivate = message.getChat().isUserChat();
        long chatId = message.getChatId();
        if (message.hasDocument()) {
            return new Incoming(
                    updateId,
                    chatId,
                    from.getId(),
                    name(from),
                    isPrivate,
                    Kind.DOCUMENT,
                    CleanText.composed(message.getCaption()),
                    null,
                    null,
                    null,
                    null,
                    message.getMessageId(),
                    message.getDocument().getFileId(),
                    message.getDocument().getFileName());
        }
        if (message.hasPhoto()) {
            PhotoSize largest = message.getPhoto().stream()
                    .max(Comparator.comparing(p -> p.getWidth() * p.getHeight()))
                    .orElseThrow();
            return new Incoming(
                    updateId,
                    chatId,
                    from.getId(),
                    name(from),
                    isPrivate,
                    Kind.PHOTO,
                    CleanText.composed(message.getCaption()),
                    null,
                    null,
                    null,
                    null,
                    message.getMessageId(),
                    largest.getFileId(),
                    null);
        }
        if (!message.hasText()) {
            return new Incoming(
                    updateId,
                    chatId,
                    from.getId(),
                    name(from),
                    isPrivate,
                    Kind.OTHER,
                    null,
                    null,
                    null,
                    null,
                    null,
                    message.getMessageId(),
                    null,
                    null);
        }
        String text = CleanText.composed(message.getText());
        if (text.startsWith("/") && text.length() > 1) {
            int space = text.indexOf(' ');
            String head = space < 0 ? text.substring(1) : text.substring(1, space);
            int at = head.indexOf('@');
            String command = (at < 0 ? head : head.substring(0, at)).toLowerCase(Locale.ROOT);
            String args = space < 0 ? "" : text.substring(space + 1).trim();
            return new Incoming(
                    updateId,
                    chatId,
                    from.getId(),
                    name(from),
                    isPrivate,
                    Kind.COMMAND,
                    text,
                    command,
                    args,
                    null,
                    null,
                    message.getMessageId(),
                    null,
                    null);
        }
        return new Incoming(
                updateId,
                chatId,
                from.getId(),
                name(from),
                isPrivate,
                Kind.TEXT,
                text,
                null,
                null,
                null,
                null,
                message.getMessageId(),
                null,
                null);
    }

    private static Incoming simple(long updateId, long chatId, User from, Kind kind) {
        return new Incoming(
                updateId,
                chatId,
                from.getId(),
                name(from),
                chatId > 0,
                kind,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static String name(User user) {
        return user.getLastName() == null ? user.getFirstName() : user.getFirstName() + " " + user.getLastName();
    }
}

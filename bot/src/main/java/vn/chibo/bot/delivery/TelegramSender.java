package vn.chibo.bot.delivery;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessages;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.chibo.bot.telegram.BotEndpoint;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * The one place chibo calls Telegram to send: one {@link Outgoing}, one Bot API call, one {@link
 * SendResult}. It neither waits nor retries; the dispatcher decides that from the result.
 */
@Component
class TelegramSender {

    private final TelegramClient client;
    private final BotEndpoint endpoint;

    TelegramSender(TelegramClient sendingClient, BotEndpoint endpoint) {
        this.client = sendingClient;
        this.endpoint = endpoint;
    }

    SendResult send(Outgoing message) {
        try {
            return new SendResult.Sent(execute(message));
        } catch (TelegramApiRequestException e) {
            return classify(message, e);
        } catch (TelegramApiException e) {
            return new SendResult.Transient(endpoint.redact(describe(e)));
        }
    }

    private Integer execute(Outgoing m) throws TelegramApiException {
        return switch (m.kind()) {
            case SEND_TEXT ->
                client.execute(SendMessage.builder()
                                .chatId(m.chatId())
                                .text(m.text())
                                .replyMarkup(markup(m.keyboard()))
                                .build())
                        .getMessageId();
            case EDIT_TEXT -> edit(m);
            case REMOVE_BUTTONS -> {
                client.execute(EditMessageReplyMarkup.builder()
                        .chatId(m.chatId())
                        .messageId(m.messageId())
                        .build());
                yield m.messageId();
            }
            case ANSWER_CALLBACK -> {
                client.execute(AnswerCallbackQuery.builder()
                        .callbackQueryId(m.callbackQueryId())
                        .text(m.text())
                        .showAlert(m.alert())
                        .build());
                yield null;
            }
            case SEND_DOCUMENT ->
                client.execute(SendDocument.builder()
                                .chatId(m.chatId())
                                .document(new InputFile(new ByteArrayInputStream(m.attachment()), m.fileName()))
                                .caption(m.text())
                                .build())
                        .getMessageId();
            case RESEND_DOCUMENT ->
                client.execute(SendDocument.builder()
                                .chatId(m.chatId())
                                .document(new InputFile(m.fileName()))
                                .caption(m.text())
                                .build())
                        .getMessageId();
            case SEND_PHOTO ->
                client.execute(SendPhoto.builder()
                                .chatId(m.chatId())
                                .photo(new InputFile(new ByteArrayInputStream(m.attachment()), m.fileName()))
                                .caption(m.text())
                                .build())
                        .getMessageId();
            case DELETE_MESSAGE -> {
                client.execute(DeleteMessage.builder()
                        .chatId(m.chatId())
                        .messageId(m.messageId())
                        .build());
                yield null;
            }
            case DELETE_MESSAGES -> {
                client.execute(DeleteMessages.builder()
                        .chatId(m.chatId())
                        .messageIds(m.messageIds())
                        .build());
                yield null;
            }
        };
    }

    private Integer edit(Outgoing m) throws TelegramApiException {
        Serializable edited = client.execute(EditMessageText.builder()
                .chatId(m.chatId())
                .messageId(m.messageId())
                .text(m.text())
                .replyMarkup(markup(m.keyboard()))
                .build());
        return edited instanceof Message message ? message.getMessageId() : m.messageId();
    }

    private SendResult classify(Outgoing message, TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        // Whatever a server says may echo the request's path, and so the token: redacted before it goes anywhere.
        String description = endpoint.redact(e.getApiResponse() == null ? describe(e) : e.getApiResponse());
        // No Bot API answer at all (the library reports 0 or null): a proxy's error page, a cut body.
        if (code == null || code == 0 || e.getApiResponse() == null) {
            return new SendResult.Transient(description);
        }
        if (code == 429) {
            Integer retryAfter =
                    e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            return retryAfter == null ? new SendResult.Transient(description) : new SendResult.RetryAfter(retryAfter);
        }
        if (code == 403) {
            return new SendResult.Blocked(description);
        }
        if (code >= 500 || code == 401) {
            return new SendResult.Transient(code + " " + description);
        }
        return settleHarmless400(message, description);
    }

    /** Some 400s mean the work is already done or moot; an edit of a message too old to edit becomes a new message. */
    private SendResult settleHarmless400(Outgoing message, String description) {
        String lower = description.toLowerCase();
        if (lower.contains("message is not modified")) {
            return new SendResult.Sent(message.messageId());
        }
        if (message.kind() == Outgoing.Kind.ANSWER_CALLBACK && lower.contains("query is too old")) {
            return new SendResult.Sent(null);
        }
        if ((message.kind() == Outgoing.Kind.DELETE_MESSAGE || message.kind() == Outgoing.Kind.DELETE_MESSAGES)
                && (lower.contains("message to delete not found") || lower.contains("message can't be deleted"))) {
            return new SendResult.Sent(null);
        }
        boolean gone = lower.contains("message to edit not found") || lower.contains("message can't be edited");
        if (message.kind() == Outgoing.Kind.REMOVE_BUTTONS && gone) {
            return new SendResult.Sent(null);
        }
        if (message.kind() == Outgoing.Kind.EDIT_TEXT
                && (lower.contains("message to edit not found") || lower.contains("message can't be edited"))) {
            return send(Outgoing.text(message.chatId(), message.text(), message.keyboard()));
        }
        return new SendResult.Rejected(description);
    }

    private static InlineKeyboardMarkup markup(List<List<Button>> keyboard) {
        if (keyboard == null || keyboard.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = keyboard.stream()
                .map(row -> new InlineKeyboardRow(
                        row.stream().map(TelegramSender::button).toList()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }

    private static InlineKeyboardButton button(Button b) {
        var builder = InlineKeyboardButton.builder().text(b.label());
        return b.url() != null
                ? builder.url(b.url()).build()
                : builder.callbackData(b.data().value()).build();
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e
                ? String.valueOf(e.getMessage())
                : e.getMessage() + ": " + root.getClass().getSimpleName() + " " + root.getMessage();
    }
}

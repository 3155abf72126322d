package vn.chibo.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.chibo.bot.telegram.BotEndpoint;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.Outgoing;

class TelegramSenderTest {

    static final String TOKEN = "123456:secret-token";

    TelegramClient client = mock(TelegramClient.class);
    TelegramSender sender = new TelegramSender(client, new BotEndpoint(TOKEN, "https://api.telegram.org"));

    @Test
    void sendsTextWithItsButtonsAndReportsTheMessageId() throws Exception {
        Message sent = new Message();
        sent.setMessageId(77);
        when(client.execute(any(SendMessage.class))).thenReturn(sent);
        var keyboard = List.of(List.of(Button.callback("Đồng ý", CallbackData.of("ok", 1))));

        SendResult result = sender.send(Outgoing.text(5, "Xin chào", keyboard));

        assertThat(result).isEqualTo(new SendResult.Sent(77));
        var call = ArgumentCaptor.forClass(SendMessage.class);
        verify(client).execute(call.capture());
        assertThat(call.getValue().getChatId()).isEqualTo("5");
        assertThat(call.getValue().getText()).isEqualTo("Xin chào");
        assertThat(call.getValue().getReplyMarkup().toString()).contains("callbackData=ok:1");
    }

    @Test
    void reads429AsAnExactWait() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(apiError(429, "Too Many Requests: retry after 17", 17));

        assertThat(sender.send(Outgoing.text(5, "x"))).isEqualTo(new SendResult.RetryAfter(17));
    }

    @Test
    void reads403AsABlockedChat() throws Exception {
        when(client.execute(any(SendMessage.class)))
                .thenThrow(apiError(403, "Forbidden: bot was blocked by the user", null));

        assertThat(sender.send(Outgoing.text(5, "x"))).isInstanceOf(SendResult.Blocked.class);
    }

    @Test
    void readsServerErrorsAndBrokenConnectionsAsTransient() throws Exception {
        when(client.execute(any(SendMessage.class)))
                .thenThrow(apiError(502, "Bad Gateway", null))
                .thenThrow(new TelegramApiException("Unable to execute sendmessage method", new IOException("timeout")))
                .thenThrow(
                        new TelegramApiRequestException("Unable to deserialize response", new IOException("<html>")));

        assertThat(sender.send(Outgoing.text(5, "x"))).isInstanceOf(SendResult.Transient.class);
        assertThat(sender.send(Outgoing.text(5, "x"))).isInstanceOf(SendResult.Transient.class);
        assertThat(sender.send(Outgoing.text(5, "x"))).isInstanceOf(SendResult.Transient.class);
    }

    @Test
    void neverPutsTheTokenInAnErrorItReports() throws Exception {
        when(client.execute(any(SendMessage.class)))
                .thenThrow(new TelegramApiException(
                        "Unable to execute", new IOException("failed to connect to /bot" + TOKEN + "/sendMessage")));

        SendResult result = sender.send(Outgoing.text(5, "x"));

        assertThat(((SendResult.Transient) result).error())
                .doesNotContain("secret-token")
                .contains("<token>");
    }

    @Test
    void neverPutsTheTokenInAnErrorAServerEchoesWhateverItsCode() throws Exception {
        String echo = "wrong request /bot" + TOKEN + "/sendMessage";
        when(client.execute(any(SendMessage.class)))
                .thenThrow(apiError(400, "Bad Request: " + echo, null))
                .thenThrow(apiError(403, "Forbidden: " + echo, null))
                .thenThrow(apiError(502, "Bad Gateway: " + echo, null))
                .thenThrow(apiError(401, "Unauthorized: " + echo, null))
                .thenThrow(apiError(429, "Too Many Requests: " + echo, null));

        for (int i = 0; i < 5; i++) {
            SendResult result = sender.send(Outgoing.text(5, "x"));
            assertThat(result.toString()).doesNotContain("secret-token").contains("/bot<token>/sendMessage");
        }
    }

    @Test
    void anEditThatChangesNothingCountsAsDone() throws Exception {
        when(client.execute(any(EditMessageText.class)))
                .thenThrow(apiError(400, "Bad Request: message is not modified: specified new message content", null));

        assertThat(sender.send(Outgoing.edit(5, 9, "x", List.of()))).isEqualTo(new SendResult.Sent(9));
    }

    @Test
    void anEditOfAMessageTooOldToEditBecomesANewMessage() throws Exception {
        when(client.execute(any(EditMessageText.class)))
                .thenThrow(apiError(400, "Bad Request: message to edit not found", null));
        Message sent = new Message();
        sent.setMessageId(12);
        when(client.execute(any(SendMessage.class))).thenReturn(sent);

        assertThat(sender.send(Outgoing.edit(5, 9, "Nội dung mới", List.of()))).isEqualTo(new SendResult.Sent(12));
    }

    @Test
    void otherBadRequestsAreRejectedNotRetried() throws Exception {
        when(client.execute(any(SendMessage.class))).thenThrow(apiError(400, "Bad Request: chat not found", null));

        assertThat(sender.send(Outgoing.text(5, "x")))
                .isEqualTo(new SendResult.Rejected("Bad Request: chat not found"));
    }

    private static TelegramApiRequestException apiError(int code, String description, Integer retryAfter) {
        ApiResponse<Object> response = ApiResponse.builder()
                .ok(false)
                .errorCode(code)
                .errorDescription(description)
                .parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter))
                .build();
        return new TelegramApiRequestException("Error executing", response);
    }
}

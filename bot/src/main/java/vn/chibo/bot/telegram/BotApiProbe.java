package vn.chibo.bot.telegram;

import java.time.Duration;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Asks the Bot API at {@code CHIBO_BOT_API_URL} getMe, with a short timeout of its own, for the health check. What it
 * tells of a failure is only its kind (an HTTP code, an exception's class): never the URL with its token, nor the
 * server's text, which may echo it.
 */
@Component
public class BotApiProbe {

    /** The bot's username when the Bot API answered, else what went wrong, safe to show. */
    public record Answer(Optional<String> username, String error) {}

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final TelegramClient client;

    public BotApiProbe(BotEndpoint endpoint) {
        OkHttpClient http = new OkHttpClient.Builder().callTimeout(TIMEOUT).build();
        this.client = new OkHttpTelegramClient(http, endpoint.token(), endpoint.telegramUrl());
    }

    public Answer ask() {
        try {
            return new Answer(Optional.of(client.execute(new GetMe()).getUserName()), "");
        } catch (TelegramApiRequestException e) {
            return new Answer(Optional.empty(), "HTTP " + e.getErrorCode());
        } catch (TelegramApiException | RuntimeException e) {
            return new Answer(Optional.empty(), e.getClass().getSimpleName());
        }
    }
}

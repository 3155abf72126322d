package vn.chibo.bot.telegram;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The bot's own @username, asked of the Bot API once (getMe) and kept: invitation links need it. */
@Component
public class BotIdentity {

    private static final Logger log = LoggerFactory.getLogger(BotIdentity.class);

    private final TelegramClient client;
    private volatile String username;

    BotIdentity(TelegramClient sendingClient) {
        this.client = sendingClient;
    }

    public Optional<String> username() {
        if (username == null) {
            try {
                username = client.execute(new GetMe()).getUserName();
            } catch (TelegramApiException e) {
                log.warn(
                        "getMe failed; invitation links will show the bare code this time: {}",
                        e.getClass().getSimpleName());
            }
        }
        return Optional.ofNullable(username);
    }

    /** The @username of the bot with {@code token} at {@code endpoint}, for a tool that runs without the bot's beans. */
    public static Optional<String> lookUp(BotEndpoint endpoint) {
        try {
            return Optional.ofNullable(new OkHttpTelegramClient(endpoint.token(), endpoint.telegramUrl())
                    .execute(new GetMe())
                    .getUserName());
        } catch (TelegramApiException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A deep link that opens the bot and sends /start with {@code payload}. */
    public String deepLink(String payload) {
        return username().map(u -> "https://t.me/" + u + "?start=" + payload).orElse("/start " + payload);
    }
}

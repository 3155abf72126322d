package vn.chibo.bot.telegram;

import java.time.Duration;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Two Telegram clients on separate HTTP clients: one for long polling, whose read timeout outlasts the
 * poll, and one for sending, whose short call timeout turns a hung connection into a retry.
 */
@Configuration(proxyBeanMethods = false)
public class TelegramClients {

    /** The real Bot API (or any at CHIBO_BOT_API_URL); the sandbox supplies its own endpoint instead. */
    @Bean
    @Conditional(TokenConditions.HasToken.class)
    BotEndpoint botEndpoint(ChiboProperties properties) {
        return new BotEndpoint(properties.bot().token().trim(), properties.bot().apiUrl());
    }

    @Bean
    PollingClient pollingClient(BotEndpoint endpoint, ChiboProperties properties) {
        Duration poll = Duration.ofSeconds(properties.polling().timeoutSeconds());
        Duration grace = properties.polling().stallGrace();
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(poll.plus(grace))
                .callTimeout(poll.plus(grace).plus(grace))
                .build();
        return new PollingClient(new OkHttpTelegramClient(http, endpoint.token(), endpoint.telegramUrl()), http);
    }

    @Bean
    TelegramClient sendingClient(BotEndpoint endpoint, ChiboProperties properties) {
        Duration timeout = properties.delivery().sendTimeout();
        var dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(64);
        dispatcher.setMaxRequestsPerHost(64);
        OkHttpClient http = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(16, 5, java.util.concurrent.TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(timeout)
                .callTimeout(timeout)
                .build();
        return new OkHttpTelegramClient(http, endpoint.token(), endpoint.telegramUrl());
    }

    /** The long-polling client with its HTTP client, so a shutdown can cancel a poll in flight. */
    public record PollingClient(TelegramClient client, OkHttpClient http) {
        public void cancelInFlight() {
            http.dispatcher().cancelAll();
        }
    }
}

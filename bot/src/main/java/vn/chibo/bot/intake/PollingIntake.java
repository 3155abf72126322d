package vn.chibo.bot.intake;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import vn.chibo.bot.cluster.ClusterMembership;
import vn.chibo.bot.telegram.BotEndpoint;
import vn.chibo.bot.telegram.ChiboProperties;
import vn.chibo.bot.telegram.TelegramClients.PollingClient;

/**
 * Our own long-polling loop. Telegram treats updates as delivered once a later getUpdates asks for a
 * higher offset, so the offset moves past an update only after {@link UpdateIntake#accept} has stored
 * it. A crash between the two makes Telegram send the update again, and the inbox ignores the copy. With
 * several instances on one database only the holder of the polling lease polls; a new holder starts from
 * Telegram's unconfirmed updates, whose copies the shared inbox ignores.
 */
@Component
@ConditionalOnProperty(name = "chibo.mode", havingValue = "polling", matchIfMissing = true)
class PollingIntake implements SmartLifecycle {

    static final List<String> ALLOWED_UPDATES =
            List.of("message", "edited_message", "callback_query", "my_chat_member");

    private static final Logger log = LoggerFactory.getLogger(PollingIntake.class);

    private final PollingClient polling;
    private final UpdateIntake intake;
    private final BotEndpoint endpoint;
    private final ChiboProperties.Polling config;
    private final ClusterMembership cluster;
    private Thread loop;
    private volatile boolean running;

    PollingIntake(
            PollingClient polling,
            UpdateIntake intake,
            BotEndpoint endpoint,
            ChiboProperties properties,
            ClusterMembership cluster) {
        this.polling = polling;
        this.cluster = cluster;
        this.intake = intake;
        this.endpoint = endpoint;
        this.config = properties.polling();
    }

    @Override
    public void start() {
        running = true;
        loop = new Thread(this::run, "chibo-polling");
        loop.start();
    }

    @Override
    public void stop() {
        running = false;
        polling.cancelInFlight();
        loop.interrupt();
        try {
            loop.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return 1;
    }

    private void run() {
        Duration backoff = Duration.ofSeconds(1);
        boolean webhookCleared = false;
        Integer offset = null;
        log.info("Polling {} for updates", endpoint.apiUrl());
        while (running) {
            if (!cluster.polls()) {
                // Another instance on this database polls; this one handles nothing until the lease is free.
                offset = null;
                pause(Duration.ofSeconds(1));
                continue;
            }
            try {
                if (!webhookCleared) {
                    polling.client()
                            .execute(DeleteWebhook.builder()
                                    .dropPendingUpdates(false)
                                    .build());
                    webhookCleared = true;
                }
                List<Update> updates = polling.client()
                        .execute(GetUpdates.builder()
                                .offset(offset)
                                .limit(100)
                                .timeout(config.timeoutSeconds())
                                .allowedUpdates(ALLOWED_UPDATES)
                                .build());
                if (!updates.isEmpty()) {
                    intake.accept(updates);
                    offset =
                            updates.stream().mapToInt(Update::getUpdateId).max().getAsInt() + 1;
                }
                backoff = Duration.ofSeconds(1);
            } catch (TelegramApiRequestException e) {
                if (!running) {
                    break;
                }
                if (Integer.valueOf(409).equals(e.getErrorCode())) {
                    log.warn(
                            "Telegram answered 409 Conflict: another process is polling with this bot token, or a webhook is set."
                                    + " Only one chibo may poll a token. Retrying in {}s",
                            backoff.toSeconds());
                    webhookCleared = false;
                } else {
                    log.warn(
                            "getUpdates failed ({} {}); retrying in {}s",
                            e.getErrorCode(),
                            endpoint.redact(e.getApiResponse()),
                            backoff.toSeconds());
                }
                backoff = pause(backoff);
            } catch (TelegramApiException e) {
                if (!running) {
                    break;
                }
                Throwable cause = e.getCause() == null ? e : e.getCause();
                log.warn(
                        "Polling connection failed or stalled ({}: {}); reconnecting in {}s",
                        cause.getClass().getSimpleName(),
                        endpoint.redact(cause.getMessage()),
                        backoff.toSeconds());
                backoff = pause(backoff);
            } catch (RuntimeException e) {
                log.error("Could not store polled updates; they will be fetched again", e);
                backoff = pause(backoff);
            }
        }
        log.info("Polling stopped");
    }

    private Duration pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
    }
}

package vn.chibo.bot.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.chibo.bot.telegram.BotEndpoint;
import vn.chibo.bot.telegram.ChiboProperties;

/**
 * Webhook mode: Telegram POSTs each update here. The secret token header is checked first; the update is
 * stored before the 200 goes back, so Telegram retries anything we did not keep.
 */
@RestController
@ConditionalOnProperty(name = "chibo.mode", havingValue = "webhook")
class WebhookIntake {

    private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);

    private final UpdateIntake intake;
    private final TelegramClient client;
    private final BotEndpoint endpoint;
    private final ChiboProperties.Webhook config;

    WebhookIntake(UpdateIntake intake, TelegramClient sendingClient, BotEndpoint endpoint, ChiboProperties properties) {
        this.intake = intake;
        this.client = sendingClient;
        this.endpoint = endpoint;
        this.config = properties.webhook();
        if (config.url() == null
                || config.url().isBlank()
                || config.secret() == null
                || config.secret().isBlank()) {
            throw new IllegalStateException("Webhook mode needs CHIBO_WEBHOOK_URL and CHIBO_WEBHOOK_SECRET");
        }
        if (!config.secret().matches("[A-Za-z0-9_-]{1,256}")) {
            throw new IllegalStateException(
                    "CHIBO_WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and -, up to 256 characters");
        }
    }

    /**
     * The secret is checked before a byte of the body is read, and the body's size before and while it is
     * read: a flood of large posts, with or without the secret, costs no more memory than {@code max-body}
     * per call. Telegram's updates are a few KB.
     */
    @PostMapping("${chibo.webhook.path}")
    ResponseEntity<Void> receive(
            @RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String secret,
            HttpServletRequest request)
            throws IOException {
        if (secret == null
                || !MessageDigest.isEqual(
                        secret.getBytes(StandardCharsets.UTF_8), config.secret().getBytes(StandardCharsets.UTF_8))) {
            log.warn("Webhook call without the right secret token refused");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.CONNECTION, "close")
                    .build();
        }
        int max = Math.toIntExact(config.maxBody().toBytes());
        if (request.getContentLengthLong() > max) {
            log.warn("Webhook body of {} bytes refused (limit {})", request.getContentLengthLong(), max);
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .header(HttpHeaders.CONNECTION, "close")
                    .build();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(max + 1);
        }
        if (body.length > max) {
            log.warn("Webhook body over {} bytes refused", max);
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .header(HttpHeaders.CONNECTION, "close")
                    .build();
        }
        try {
            intake.acceptRaw(new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            log.warn("Webhook body is not an update; ignored");
        }
        return ResponseEntity.ok().build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        try {
            client.execute(SetWebhook.builder()
                    .url(config.url())
                    .secretToken(config.secret())
                    .allowedUpdates(PollingIntake.ALLOWED_UPDATES)
                    .build());
            log.info("Webhook registered at {}", config.url());
        } catch (TelegramApiException e) {
            log.error("Could not register the webhook at {}: {}", config.url(), endpoint.redact(e.getMessage()));
        }
    }
}

package vn.chibo.bot.telegram;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * chibo's settings. Each is overridable by an environment variable through Spring's relaxed binding
 * ({@code CHIBO_BOT_TOKEN} is {@code chibo.bot.token}); defaults live in application.properties.
 */
@ConfigurationProperties("chibo")
public record ChiboProperties(
        Bot bot,
        List<Long> admins,
        Mode mode,
        Webhook webhook,
        Polling polling,
        Pacing pacing,
        Delivery delivery,
        int handlerThreads,
        Sandbox sandbox,
        MeetingSettings meetings,
        CommendationSettings commendations) {

    public ChiboProperties {
        admins = admins == null ? List.of() : List.copyOf(admins);
    }

    public enum Mode {
        POLLING,
        WEBHOOK
    }

    /** {@code token} is blank in sandbox mode; {@code apiUrl} is scheme, host and port of the Bot API server. */
    public record Bot(String token, String apiUrl) {
        public boolean hasToken() {
            return token != null && !token.isBlank();
        }
    }

    /** {@code maxBody}: a webhook call with a larger body is refused unread (Telegram's updates are a few KB). */
    public record Webhook(String url, String secret, String path, DataSize maxBody) {}

    /** {@code stallGrace}: how long past the long-poll timeout a silent connection is given before it is dropped and redone. */
    public record Polling(int timeoutSeconds, Duration maxBackoff, Duration stallGrace) {}

    /**
     * Send pacing. Sliding windows: {@code globalPerSecond} messages in any second; {@code privateChatBurst}
     * messages per private chat in any {@code privateChatBurst / privateChatPerSecond} seconds; {@code
     * groupPerMinute} per group. {@code safetyMargin} widens every window from the start; a 429 from Telegram widens
     * them further, doubling up to {@code maxSafetyMargin}, and calm narrows them back.
     */
    public record Pacing(
            int globalPerSecond,
            int privateChatPerSecond,
            int privateChatBurst,
            int groupPerMinute,
            Duration safetyMargin,
            Duration maxSafetyMargin) {}

    /**
     * {@code sendThreads} concurrent calls; a message whose sends keep failing (5xx, timeouts) is retried with backoff
     * up to {@code maxBackoff} until it has failed for {@code giveUpAfter}, however many attempts that takes.
     */
    public record Delivery(
            int sendThreads, Duration giveUpAfter, Duration maxBackoff, Duration sendTimeout, Duration staleClaim) {}

    /** How long after recording a meeting its secretary may still edit or delete it. */
    public record MeetingSettings(Duration editWindow) {}

    /** How long after recording a commendation it may still be corrected or deleted ("✏️ Sửa, xóa"). */
    public record CommendationSettings(Duration editWindow) {}

    /**
     * The no-token sandbox: the local Bot API server's port (0: any), and the folder where that server keeps
     * what must outlive a restart (its ids, so a restarted sandbox is not taken for a replay).
     */
    public record Sandbox(int apiPort, java.nio.file.Path folder) {}
}

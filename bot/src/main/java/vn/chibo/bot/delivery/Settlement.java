package vn.chibo.bot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chibo.bot.telegram.ChiboProperties;
import vn.chibo.scheduler.delivery.BlockedChats;
import vn.chibo.scheduler.delivery.Delivery;
import vn.chibo.scheduler.delivery.DeliveryQueue;

/**
 * What a send's result does to its row: sent; paused for exactly Telegram's {@code retry_after}; retried with
 * backoff until it has failed for {@code give-up-after}; dropped for a chat that blocked the bot; failed when
 * Telegram refused it.
 */
final class Settlement {

    // Logged under the dispatcher's name, as before this class was split from it: operators filter on it.
    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final DeliveryQueue queue;
    private final BlockedChats blockedChats;
    private final SendPacer pacer;
    private final ChiboProperties.Delivery config;
    private final Clock clock;
    private final Clock physical;
    private final DeliveryMetrics metrics;

    Settlement(
            DeliveryQueue queue,
            BlockedChats blockedChats,
            SendPacer pacer,
            ChiboProperties.Delivery config,
            Clock clock,
            Clock physical,
            DeliveryMetrics metrics) {
        this.metrics = metrics;
        this.queue = queue;
        this.blockedChats = blockedChats;
        this.pacer = pacer;
        this.config = config;
        this.clock = clock;
        this.physical = physical;
    }

    /** Records what became of one send; true if the message was delivered. */
    boolean settle(Delivery delivery, SendResult result) {
        long id = delivery.id();
        if (result instanceof SendResult.Sent s) {
            queue.markSent(id, s.messageId());
            metrics.settled(delivery, "sent");
            return true;
        } else if (result instanceof SendResult.RetryAfter r) {
            Instant until = clock.instant().plusSeconds(r.seconds());
            pacer.pause(delivery.chatId(), physical.millis() + r.seconds() * 1_000L);
            if (delivery.message().kind().isChatMessage()) {
                log.warn(
                        "Telegram answered 429 to a paced message; every pacing window is now {} ms wider",
                        pacer.tooMany(physical.millis()));
            }
            queue.retryAt(id, until, "429 retry after " + r.seconds() + "s");
            log.info(
                    "Telegram asked to wait {}s before writing to chat {} again; waiting",
                    r.seconds(),
                    delivery.chatId());
        } else if (result instanceof SendResult.Transient t) {
            Instant failingSince = delivery.failingSince() == null ? clock.instant() : delivery.failingSince();
            if (!clock.instant().isBefore(failingSince.plus(config.giveUpAfter()))) {
                queue.fail(id, t.error());
                metrics.settled(delivery, "failed");
                log.error(
                        "Gave up delivery {} to chat {}: failing for over {} ({} attempts): {}",
                        id,
                        delivery.chatId(),
                        config.giveUpAfter(),
                        delivery.attempts() + 1,
                        t.error());
            } else {
                queue.retryAfterFailure(id, clock.instant().plus(backoff(delivery.attempts())), t.error());
                log.warn("Delivery {} to chat {} failed ({}); retrying", id, delivery.chatId(), t.error());
            }
        } else if (result instanceof SendResult.Blocked b) {
            blockedChats.block(delivery.chatId());
            queue.drop(id, b.error());
            metrics.settled(delivery, "dropped");
            log.info(
                    "Chat {} has blocked the bot; nothing more is sent there until it writes again", delivery.chatId());
        } else if (result instanceof SendResult.Rejected r) {
            queue.fail(id, r.error());
            metrics.settled(delivery, "failed");
            log.warn(
                    "Telegram rejected delivery {} ({}) to chat {}: {}",
                    id,
                    delivery.message().kind(),
                    delivery.chatId(),
                    r.error());
        }
        return false;
    }

    /** How long before a failing message is tried again: doubling to the cap, with a fifth of jitter. */
    Duration backoff(int attempts) {
        long base = Math.min(config.maxBackoff().toMillis(), 1_000L << Math.min(attempts, 20));
        return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 5 + 1));
    }
}

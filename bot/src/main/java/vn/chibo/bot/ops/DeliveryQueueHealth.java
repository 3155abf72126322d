package vn.chibo.bot.ops;

import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.chibo.scheduler.delivery.QueueDepth;

/**
 * The delivery queue: down when a reply has waited longer than {@code chibo.health.max-queue-wait} since it was
 * queued, or any message has been failing (5xx, timeouts, no connection) for that long: Telegram unreachable, or the
 * dispatcher stuck. A wave's bulk rows may rightly wait an hour at Telegram's pace: their oldest wait is shown, not
 * judged.
 */
@Component("deliveryQueueHealthIndicator")
class DeliveryQueueHealth implements HealthIndicator {

    private final QueueGauges readings;
    private final Duration maxWait;

    DeliveryQueueHealth(QueueGauges readings, @Value("${chibo.health.max-queue-wait:10m}") Duration maxWait) {
        this.readings = readings;
        this.maxWait = maxWait;
    }

    @Override
    public Health health() {
        QueueDepth.Waits now = readings.waits();
        QueueDepth.Depth queued = readings.depth();
        boolean stuck = longer(now.oldestReply()) || longer(now.longestFailing());
        return (stuck ? Health.down() : Health.up())
                .withDetail("oldestReplyWaitSeconds", seconds(now.oldestReply()))
                .withDetail("oldestBulkWaitSeconds", seconds(now.oldestBulk()))
                .withDetail("longestFailingSeconds", seconds(now.longestFailing()))
                .withDetail("maxWaitSeconds", maxWait.toSeconds())
                .withDetail("pendingReplies", queued.replyPending() + queued.replySending())
                .withDetail("pendingBulk", queued.bulkPending() + queued.bulkSending())
                .build();
    }

    private boolean longer(Optional<Duration> wait) {
        return wait.map(w -> w.compareTo(maxWait) > 0).orElse(false);
    }

    private static long seconds(Optional<Duration> wait) {
        return wait.map(Duration::toSeconds).orElse(0L);
    }
}

package vn.chibo.bot.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.chibo.scheduler.delivery.Delivery;

/**
 * What sending counts, for the Prometheus endpoint: each Bot API call with its latency and outcome (sent, 429, server
 * error, timeout or broken connection, blocked, rejected), the seconds Telegram asked to wait, and each message settled
 * (sent, failed, dropped) by kind: a reply to someone, or a row of a bulk wave.
 */
@Component
public class DeliveryMetrics {

    private static final Pattern SERVER_ERROR = Pattern.compile("^5\\d\\d\\b.*", Pattern.DOTALL);

    private final MeterRegistry registry;
    private final DistributionSummary retryAfter;

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.retryAfter = DistributionSummary.builder("chibo.telegram.retry.after")
                .description("Seconds Telegram asked to wait (429 retry_after); the count is the number of 429s")
                .baseUnit("seconds")
                .register(registry);
    }

    Timer.Sample callStarts() {
        return Timer.start(registry);
    }

    /** One Bot API call done: its latency, under what came of it. */
    void called(Timer.Sample sample, Delivery delivery, SendResult result) {
        sample.stop(Timer.builder("chibo.telegram.requests")
                .description("Bot API calls made to deliver a message, by outcome")
                .tag("kind", kind(delivery))
                .tag("outcome", outcome(result))
                .publishPercentileHistogram()
                .register(registry));
        if (result instanceof SendResult.RetryAfter r) {
            retryAfter.record(r.seconds());
        }
    }

    /** A message's row settled for good: {@code outcome} is sent, failed or dropped. */
    void settled(Delivery delivery, String outcome) {
        Counter.builder("chibo.delivery.settled")
                .description("Messages settled for good, by kind (reply, bulk) and outcome (sent, failed, dropped)")
                .tag("kind", kind(delivery))
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    static String kind(Delivery delivery) {
        return delivery.bulk() ? "bulk" : "reply";
    }

    static String outcome(SendResult result) {
        if (result instanceof SendResult.Sent) {
            return "sent";
        }
        if (result instanceof SendResult.RetryAfter) {
            return "rate_limited";
        }
        if (result instanceof SendResult.Transient t) {
            return SERVER_ERROR.matcher(t.error()).matches() ? "server_error" : "timeout_or_network";
        }
        if (result instanceof SendResult.Blocked) {
            return "blocked";
        }
        return "rejected";
    }
}

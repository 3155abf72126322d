package vn.chibo.bot.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.chibo.scheduler.delivery.QueueDepth;

/**
 * Gauges read from the database, at most every {@link #EVERY}: messages waiting by kind (reply, bulk) and state
 * (pending, sending), how long the oldest of each kind has waited and the longest failure has lasted, chats that blocked the bot, conversations open.
 */
@Component
class QueueGauges implements MeterBinder {

    static final Duration EVERY = Duration.ofSeconds(5);

    private final Snapshot<QueueDepth.Depth> depth;
    private final Snapshot<QueueDepth.Waits> waits;
    private final Snapshot<Long> blocked;
    private final Snapshot<Long> conversations;

    QueueGauges(QueueDepth queue, JdbcClient jdbc) {
        Clock system = Clock.systemUTC();
        depth = new Snapshot<>(queue::depth, EVERY, system);
        waits = new Snapshot<>(queue::waits, EVERY, system);
        blocked = new Snapshot<>(queue::blockedChats, EVERY, system);
        conversations = new Snapshot<>(
                () -> jdbc.sql("SELECT COUNT(*) FROM conversation WHERE flow <> ''")
                        .query(Long.class)
                        .single(),
                EVERY,
                system);
    }

    /** The queue's depth as last read (the health check shares the reading with the gauges). */
    QueueDepth.Depth depth() {
        return depth.get();
    }

    /** How long messages have waited, as last read. */
    QueueDepth.Waits waits() {
        return waits.get();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        queued(registry, "reply", "pending", QueueDepth.Depth::replyPending);
        queued(registry, "reply", "sending", QueueDepth.Depth::replySending);
        queued(registry, "bulk", "pending", QueueDepth.Depth::bulkPending);
        queued(registry, "bulk", "sending", QueueDepth.Depth::bulkSending);
        waited(registry, "chibo.delivery.oldest.wait", "reply", QueueDepth.Waits::oldestReply);
        waited(registry, "chibo.delivery.oldest.wait", "bulk", QueueDepth.Waits::oldestBulk);
        Gauge.builder("chibo.delivery.failing", waits, s -> seconds(s.get().longestFailing()))
                .description("How long the message failing longest (5xx, timeouts) has been failing; 0 when none")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("chibo.delivery.blocked.chats", blocked, s -> s.get())
                .description("Chats that blocked the bot; nothing is sent there until they write again")
                .register(registry);
        Gauge.builder("chibo.conversations.open", conversations, s -> s.get())
                .description("Conversations in progress (a form or a flow not yet ended)")
                .register(registry);
    }

    private void waited(
            MeterRegistry registry, String name, String kind, Function<QueueDepth.Waits, Optional<Duration>> wait) {
        Gauge.builder(name, waits, s -> seconds(wait.apply(s.get())))
                .description(
                        "How long the oldest unsent message of its kind has waited since it was queued; 0 when none")
                .tag("kind", kind)
                .baseUnit("seconds")
                .register(registry);
    }

    static double seconds(Optional<Duration> wait) {
        return wait.map(d -> d.toMillis() / 1000.0).orElse(0.0);
    }

    private void queued(MeterRegistry registry, String kind, String state, ToDoubleFunction<QueueDepth.Depth> count) {
        Gauge.builder("chibo.delivery.queue", depth, s -> count.applyAsDouble(s.get()))
                .description("Messages not yet settled, by kind (reply, bulk) and state (pending, sending)")
                .tag("kind", kind)
                .tag("state", state)
                .register(registry);
    }
}

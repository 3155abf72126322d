package vn.chibo.bot.delivery;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import vn.chibo.scheduler.delivery.DeliveryQueue;

/**
 * With several instances: before writing to a chat, what the others wrote there within the longest flood window (a
 * group's minute), told to this instance's pacer once each. Used by the dispatcher's loop thread only.
 */
final class SendsElsewhere {

    private final DeliveryQueue queue;
    private final SendPacer pacer;
    private final Clock clock;
    private final Clock physical;
    /** Per chat, the last row another instance sent there that this one has counted. */
    private final Map<Long, Long> seen = new HashMap<>();

    SendsElsewhere(DeliveryQueue queue, SendPacer pacer, Clock clock, Clock physical) {
        this.queue = queue;
        this.pacer = pacer;
        this.clock = clock;
        this.physical = physical;
    }

    void count(long chatId) {
        long skew = clock.millis() - physical.millis();
        long after = seen.getOrDefault(chatId, 0L);
        for (DeliveryQueue.SentElsewhere send :
                queue.sentByOthers(chatId, clock.instant().minusSeconds(61), after)) {
            if (send.chatMessage()) {
                pacer.sentElsewhere(chatId, send.at().toEpochMilli() - skew);
            }
            after = Math.max(after, send.id());
        }
        if (seen.size() > 10_000) {
            seen.clear();
        }
        seen.put(chatId, after);
    }
}

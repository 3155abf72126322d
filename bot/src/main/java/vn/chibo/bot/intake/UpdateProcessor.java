package vn.chibo.bot.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.UpdateHandler;
import vn.chibo.scheduler.delivery.DeliveryQueue;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * Applies stored updates: for each, in one transaction, it locks the chat's lane, runs the handler, queues the
 * replies and marks the update handled. A crash anywhere before the commit leaves the update unhandled, to be
 * applied again (after restart, or by another instance); after the commit, it is never applied again.
 */
@Component
class UpdateProcessor {

    static final int MAX_ATTEMPTS = 3;
    static final int MAX_LOCK_WAITS = 30;
    static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);

    private final Inbox inbox;
    private final UpdateHandler handler;
    private final DeliveryQueue queue;
    private final TransactionTemplate tx;
    private final FatalErrors fatal;
    private final IntakeMetrics metrics;

    UpdateProcessor(
            Inbox inbox,
            UpdateHandler handler,
            DeliveryQueue queue,
            TransactionTemplate tx,
            FatalErrors fatal,
            IntakeMetrics metrics) {
        this.inbox = inbox;
        this.handler = handler;
        this.queue = queue;
        this.tx = tx;
        this.fatal = fatal;
        this.metrics = metrics;
    }

    /**
     * Handles the chat's unhandled updates, oldest first, each in a transaction of its own that holds the chat's lane.
     * Another instance draining the same chat waits for the lane and then finds the next update, or none.
     */
    void drain(long chatId) {
        MDC.put("chatId", Long.toString(chatId));
        try {
            drainLane(chatId);
        } finally {
            MDC.remove("chatId");
        }
    }

    private void drainLane(long chatId) {
        inbox.openLane(chatId);
        int lockWaits = 0;
        while (true) {
            long[] current = {-1};
            try {
                // Whether another update waits behind the one handled. An update stored after this read schedules a
                // drain of its own (UpdateIntake.schedule), so stopping here leaves nothing behind.
                Boolean more = tx.execute(status -> {
                    inbox.lockLane(chatId);
                    List<Inbox.Stored> next = inbox.nextUnhandled(chatId);
                    if (next.isEmpty()) {
                        return false;
                    }
                    current[0] = next.get(0).updateId();
                    apply(next.get(0));
                    return next.size() > 1;
                });
                if (!Boolean.TRUE.equals(more)) {
                    return;
                }
                lockWaits = 0;
            } catch (PessimisticLockingFailureException e) {
                // Another instance held the lane for longer than the database waits for a lock: nothing was applied.
                if (++lockWaits > MAX_LOCK_WAITS) {
                    throw e; // the intake's sweep comes back to this chat
                }
                log.debug("Chat {} is being handled elsewhere; waiting for its lane again", chatId);
            } catch (OutOfMemoryError e) {
                if (current[0] >= 0) {
                    countAttempt(current[0], chatId, e); // so the update is given up after MAX_ATTEMPTS restarts
                }
                fatal.outOfMemory(current[0], e);
                throw e;
            } catch (RuntimeException | Error e) {
                // Any failure of one update (a bug, a StackOverflowError on odd input) is that update's, not the
                // lane's: it is counted, retried up to MAX_ATTEMPTS, then set aside, and the chat's next update goes
                // on.
                if (current[0] < 0) {
                    throw e; // the database failed before an update was read: the intake's sweep comes back to this
                    // chat
                }
                log.error("Handling update {} failed", current[0], e);
                metrics.failed();
                giveUpAfterFailure(current[0], chatId, e);
            }
        }
    }

    private void apply(Inbox.Stored stored) {
        MDC.put("updateId", Long.toString(stored.updateId()));
        try {
            var sample = metrics.handlingStarts();
            Incoming incoming = IncomingUpdates.read(parse(stored.payload()));
            List<Outgoing> replies = handler.handle(incoming);
            queue.enqueueAll(replies);
            inbox.markHandled(stored.updateId(), null);
            metrics.handled(sample);
            log.debug(
                    "Handled update {} ({}): {} message(s) to send",
                    stored.updateId(),
                    incoming.kind(),
                    replies.size());
        } finally {
            MDC.remove("updateId");
        }
    }

    private void countAttempt(long updateId, long chatId, Throwable failure) {
        try {
            tx.executeWithoutResult(
                    status -> inbox.recordFailure(updateId, failure.getClass().getSimpleName()));
        } catch (RuntimeException | OutOfMemoryError e) {
            log.error("Could not count the failed attempt at update {} in chat {}", updateId, chatId);
        }
    }

    /**
     * Records the failure; after the last attempt, settles the update with an apology to the person and an error
     * line naming it ("set aside").
     */
    private void giveUpAfterFailure(long updateId, long chatId, Throwable failure) {
        String error = failure.getClass().getSimpleName();
        tx.executeWithoutResult(status -> {
            inbox.lockLane(chatId);
            int attempts = inbox.recordFailure(updateId, error);
            if (attempts < MAX_ATTEMPTS) {
                return;
            }
            inbox.lockUnhandled(updateId).ifPresent(stored -> {
                Incoming incoming = incomingOrNull(stored.payload());
                if (incoming != null) {
                    queue.enqueueAll(handler.apologise(incoming));
                }
                inbox.markHandled(updateId, "gave up: " + error);
                metrics.setAside();
                log.error(
                        "Update {} in chat {} set aside after {} failed attempts ({})",
                        updateId,
                        chatId,
                        attempts,
                        error);
            });
        });
    }

    private static Incoming incomingOrNull(String payload) {
        try {
            return IncomingUpdates.read(parse(payload));
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Update parse(String payload) {
        try {
            return JSON.readValue(payload, Update.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unreadable update payload", e);
        }
    }
}

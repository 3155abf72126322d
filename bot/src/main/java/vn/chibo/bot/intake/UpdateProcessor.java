package vn.chibo.bot.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.UpdateHandler;
import vn.chibo.scheduler.delivery.DeliveryQueue;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * Applies one stored update: in one transaction it locks the inbox row, runs the handler, queues the
 * replies and marks the row handled. A crash anywhere before the commit leaves the row unhandled, to be
 * applied again after restart; after the commit, it is never applied again.
 */
@Component
class UpdateProcessor {

    static final int MAX_ATTEMPTS = 3;
    static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private static final Logger log = LoggerFactory.getLogger(UpdateProcessor.class);

    private final Inbox inbox;
    private final UpdateHandler handler;
    private final DeliveryQueue queue;
    private final TransactionTemplate tx;

    UpdateProcessor(Inbox inbox, UpdateHandler handler, DeliveryQueue queue, TransactionTemplate tx) {
        this.inbox = inbox;
        this.handler = handler;
        this.queue = queue;
        this.tx = tx;
    }

    void process(long updateId) {
        for (int attempt = 1; ; attempt++) {
            try {
                tx.executeWithoutResult(status -> inbox.lockUnhandled(updateId).ifPresent(this::apply));
                return;
            } catch (RuntimeException e) {
                log.error("Handling update {} failed (attempt {})", updateId, attempt, e);
                if (giveUpAfterFailure(updateId, e)) {
                    return;
                }
            }
        }
    }

    private void apply(Inbox.Stored stored) {
        Incoming incoming = IncomingUpdates.read(parse(stored.payload()));
        List<Outgoing> replies = handler.handle(incoming);
        queue.enqueueAll(replies);
        inbox.markHandled(stored.updateId(), null);
    }

    /** Records the failure; after the last attempt, settles the update with an apology to the person. */
    private boolean giveUpAfterFailure(long updateId, RuntimeException failure) {
        String error = failure.getClass().getSimpleName();
        Boolean gaveUp = tx.execute(status -> {
            int attempts = inbox.recordFailure(updateId, error);
            if (attempts < MAX_ATTEMPTS) {
                return false;
            }
            inbox.lockUnhandled(updateId).ifPresent(stored -> {
                Incoming incoming = incomingOrNull(stored.payload());
                if (incoming != null) {
                    queue.enqueueAll(handler.apologise(incoming));
                }
                inbox.markHandled(updateId, "gave up: " + error);
            });
            return true;
        });
        return Boolean.TRUE.equals(gaveUp);
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

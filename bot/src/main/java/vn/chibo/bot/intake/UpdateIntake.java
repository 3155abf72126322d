package vn.chibo.bot.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.chibo.bot.telegram.ChiboProperties;

/**
 * Where updates enter, from polling or the webhook: stored in the inbox (deduplicated by update_id),
 * then handed to the chat's lane. At start it resumes updates a previous run stored but did not finish.
 */
@Component
public class UpdateIntake implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

    private final Inbox inbox;
    private final UpdateProcessor processor;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int threads;
    private ChatLanes lanes;
    private volatile boolean running;

    UpdateIntake(Inbox inbox, UpdateProcessor processor, TransactionTemplate tx, Clock clock, ChiboProperties properties) {
        this.inbox = inbox;
        this.processor = processor;
        this.tx = tx;
        this.clock = clock;
        this.threads = properties.handlerThreads();
    }

    /** Stores updates from one getUpdates answer in one transaction, then schedules the new ones. */
    void accept(List<Update> updates) {
        List<long[]> fresh = new ArrayList<>();
        tx.executeWithoutResult(status -> {
            for (Update update : updates) {
                long chatId = IncomingUpdates.chatOf(update);
                if (inbox.store(update.getUpdateId(), chatId, toJson(update))) {
                    fresh.add(new long[] {update.getUpdateId(), chatId});
                }
            }
        });
        fresh.forEach(u -> schedule(u[1], u[0]));
    }

    /** Stores one update as received by the webhook. Returns once it is durable. */
    void acceptRaw(String json) {
        Update update = UpdateProcessor.parse(json);
        long chatId = IncomingUpdates.chatOf(update);
        boolean fresh;
        try {
            fresh = inbox.store(update.getUpdateId(), chatId, json);
        } catch (DuplicateKeyException e) {
            fresh = false; // the same update arriving twice at once
        }
        if (fresh) {
            schedule(chatId, update.getUpdateId());
        }
    }

    private void schedule(long chatId, long updateId) {
        lanes.submit(chatId, () -> processor.process(updateId));
    }

    @Override
    public void start() {
        lanes = new ChatLanes(threads);
        running = true;
        List<Inbox.Stored> unfinished = inbox.unhandled();
        if (!unfinished.isEmpty()) {
            log.info("Resuming {} update(s) received before the last shutdown", unfinished.size());
        }
        unfinished.forEach(u -> schedule(u.chatId(), u.updateId()));
        int pruned = inbox.prune(clock.instant().minus(Duration.ofDays(7)));
        if (pruned > 0) {
            log.debug("Pruned {} old handled updates", pruned);
        }
    }

    @Override
    public void stop() {
        running = false;
        lanes.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the poller and the webhook (which feed it) and stops after them. */
    @Override
    public int getPhase() {
        return 0;
    }

    private static String toJson(Update update) {
        try {
            return UpdateProcessor.JSON.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store update " + update.getUpdateId(), e);
        }
    }
}

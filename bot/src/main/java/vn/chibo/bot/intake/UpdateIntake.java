package vn.chibo.bot.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.chibo.bot.storage.Durability;
import vn.chibo.bot.telegram.ChiboProperties;

/**
 * Where updates enter, from polling or the webhook: stored in the inbox (deduplicated by update_id),
 * then the chat's lane is drained. At start it resumes updates a previous run stored but did not finish, and every
 * few seconds it takes up updates left waiting (by an instance that died, or a database failure).
 */
@Component
public class UpdateIntake implements SmartLifecycle {

    /** How long an update may wait unhandled before the sweep takes it up. */
    static final Duration SWEEP_AFTER = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

    private final Inbox inbox;
    private final Durability durability;
    private final UpdateProcessor processor;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int threads;
    private final IntakeMetrics metrics;
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();
    private ChatLanes lanes;
    private ScheduledExecutorService sweeper;
    private volatile boolean running;

    UpdateIntake(
            Inbox inbox,
            UpdateProcessor processor,
            TransactionTemplate tx,
            Clock clock,
            ChiboProperties properties,
            Durability durability,
            IntakeMetrics metrics) {
        this.metrics = metrics;
        this.inbox = inbox;
        this.durability = durability;
        this.processor = processor;
        this.tx = tx;
        this.clock = clock;
        this.threads = properties.handlerThreads();
    }

    /** Stores updates from one getUpdates answer in one transaction, durably, then schedules the new ones. */
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
        durability.writeOut(); // before the next offset tells Telegram to forget them
        fresh.forEach(u -> {
            metrics.received();
            schedule(u[1]);
        });
    }

    /** Stores one update as received by the webhook. Returns once it is durable. */
    void acceptRaw(String json) {
        Update update = UpdateProcessor.parse(json);
        if (update == null || update.getUpdateId() == null) {
            throw new IllegalArgumentException("Not an update: no update_id");
        }
        long chatId = IncomingUpdates.chatOf(update);
        boolean fresh;
        try {
            fresh = inbox.store(update.getUpdateId(), chatId, json);
        } catch (DuplicateKeyException e) {
            fresh = false; // the same update arriving twice at once
        }
        durability.writeOut(); // before the 200 tells Telegram to forget it
        if (fresh) {
            metrics.received();
            schedule(chatId);
        }
    }

    /**
     * Has the chat's lane drained soon. A chat already waiting for its turn is not queued again: the drain it waits
     * for handles every update stored before it starts.
     */
    private void schedule(long chatId) {
        if (waiting.add(chatId)) {
            lanes.submit(chatId, () -> {
                waiting.remove(chatId);
                processor.drain(chatId);
            });
        }
    }

    /**
     * Every few seconds: chats with updates left unhandled for a while, stored by an instance that died before handling
     * them (webhook mode, several instances), or left by a database failure. Draining a chat another instance is on
     * only waits for its lane.
     */
    private void sweep() {
        try {
            List<Long> chats = inbox.chatsWaitingSince(clock.instant().minus(SWEEP_AFTER));
            if (!chats.isEmpty()) {
                log.info(
                        "Taking up the updates of {} chat(s) left waiting for over {} s",
                        chats.size(),
                        SWEEP_AFTER.toSeconds());
            }
            chats.forEach(this::schedule);
        } catch (RuntimeException e) {
            log.warn("Could not look for waiting updates: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        lanes = new ChatLanes(threads);
        running = true;
        List<Long> unfinished = inbox.chatsWaiting();
        if (!unfinished.isEmpty()) {
            log.info("Resuming the updates of {} chat(s) received but not handled before", unfinished.size());
        }
        unfinished.forEach(this::schedule);
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "chibo-intake-sweep");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(
                this::sweep, SWEEP_AFTER.toMillis(), SWEEP_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        int pruned = inbox.prune(clock.instant().minus(Duration.ofDays(7)));
        if (pruned > 0) {
            log.debug("Pruned {} old handled updates", pruned);
        }
    }

    @Override
    public void stop() {
        running = false;
        sweeper.shutdownNow();
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

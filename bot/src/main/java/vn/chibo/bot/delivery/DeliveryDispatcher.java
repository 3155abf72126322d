package vn.chibo.bot.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.chibo.bot.cluster.ClusterMembership;
import vn.chibo.bot.storage.Durability;
import vn.chibo.bot.telegram.ChiboProperties;
import vn.chibo.scheduler.delivery.BlockedChats;
import vn.chibo.scheduler.delivery.Delivery;
import vn.chibo.scheduler.delivery.DeliveryQueue;

/**
 * Drains the delivery queue into the sender: claims due rows, releases each as soon as the pacer allows,
 * sends on a small pool, and settles each row from the result. One row per chat is in flight at a time,
 * so a chat's messages arrive in order; a failing chat never holds up the others.
 */
@Component
class DeliveryDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);
    /** A Bot API call this slow is logged: Telegram answers in well under a second. */
    private static final long SLOW_CALL_MILLIS = 2_000;

    private final DeliveryQueue queue;
    private final BlockedChats blockedChats;
    private final TelegramSender sender;
    private final SendPacer pacer;
    private final ChiboProperties.Delivery config;
    private final Clock clock;
    private final ClusterMembership cluster;
    private final Durability durability;
    /**
     * Telegram's limits are in physical seconds: pacing reads the system clock, whatever time chibo's business
     * clock says it is (they differ only in tests that travel to a reminder's moment).
     */
    private final Clock physical = Clock.systemUTC();

    private final Set<Long> busyChats = ConcurrentHashMap.newKeySet();

    private final ReadyRows ready = new ReadyRows();
    private final Object signal = new Object();
    private final AtomicLong sent = new AtomicLong();
    /** Rows settled since the last write-out: written out at the next turn of the loop, so a crash repeats little. */
    private final AtomicBoolean settledSinceWriteOut = new AtomicBoolean();

    private final Settlement settlement;
    private final SendsElsewhere elsewhere;
    private final DeliveryMetrics metrics;
    private final Semaphore slots;
    private ExecutorService senders;
    private Thread loop;
    private volatile boolean running;
    private boolean woken;

    DeliveryDispatcher(
            DeliveryQueue queue,
            BlockedChats blockedChats,
            TelegramSender sender,
            ChiboProperties properties,
            Clock clock,
            ClusterMembership cluster,
            Durability durability,
            DeliveryMetrics metrics) {
        this.metrics = metrics;
        this.queue = queue;
        this.durability = durability;
        this.cluster = cluster;
        this.blockedChats = blockedChats;
        this.sender = sender;
        this.pacer = new SendPacer(properties.pacing());
        this.config = properties.delivery();
        this.clock = clock;
        this.settlement = new Settlement(queue, blockedChats, pacer, config, clock, physical, metrics);
        this.elsewhere = new SendsElsewhere(queue, pacer, clock, physical);
        this.slots = new Semaphore(config.sendThreads());
        queue.onEnqueued(this::wake);
    }

    @Override
    public void start() {
        // Telegram's windows span our restarts: count what the last run sent in the past minute.
        long skew = clock.millis() - physical.millis();
        queue.recentSends(clock.instant().minusSeconds(61))
                .forEach(s -> pacer.alreadySent(s.chatId(), s.chatMessage(), s.at().toEpochMilli() - skew));
        int requeued = queue.requeueClaimsOfGoneInstances();
        if (requeued > 0) {
            log.info("Re-queued {} message(s) whose sending was interrupted by a stopped instance", requeued);
        }
        pacer.shareAmong(cluster.live());
        senders = Executors.newFixedThreadPool(config.sendThreads(), r -> new Thread(r, "chibo-send"));
        running = true;
        loop = new Thread(this::run, "chibo-dispatcher");
        loop.start();
    }

    @Override
    public void stop() {
        running = false;
        wake();
        try {
            loop.join(5_000);
            senders.shutdown();
            senders.awaitTermination(config.sendTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts first and stops last, so replies produced while intake shuts down still go out. */
    @Override
    public int getPhase() {
        return -1;
    }

    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void run() {
        Instant nextSweep = clock.instant();
        long lastReported = 0;
        while (running) {
            try {
                if (!clock.instant().isBefore(nextSweep)) {
                    nextSweep = sweepStaleClaims();
                    lastReported = reportProgress(lastReported);
                }
                if (!cluster.maySend()) {
                    await(200);
                    continue;
                }
                pacer.shareAmong(cluster.live());
                long began = System.nanoTime();
                boolean claimed = refill();
                long tookMillis = (System.nanoTime() - began) / 1_000_000;
                if (tookMillis >= SLOW_CALL_MILLIS) {
                    log.warn("Claiming due messages took {} ms", tookMillis);
                }
                // One write-out a turn, before anything is sent: what the claimed messages tell (a saved meeting, a
                // step taken) survives a crash before they go, and settled rows are not sent again after one.
                if (settledSinceWriteOut.getAndSet(false) | claimed) {
                    durability.writeOut();
                }
                long wait = dispatchReady();
                if (wait > 0) {
                    await(wait);
                }
            } catch (RuntimeException e) {
                log.error("Delivery dispatcher hiccup; carrying on", e);
                await(1_000);
            }
        }
    }

    /**
     * Gives back the claimed bulk rows still waiting for the pacer whose chat has a reply waiting: a reminder not yet in
     * flight never holds up the next answer of a conversation with the same person (the claim lets the reply go first,
     * see DeliveryQueue.CLAIMABLE).
     */
    private void yieldToReplies() {
        for (Delivery delivery : ready.removeBulkOf(queue.chatsWithRepliesWaiting(ready.bulkChats()))) {
            queue.release(delivery.id());
            busyChats.remove(delivery.chatId());
        }
    }

    /** Claims more due rows when the ready list runs low; returns whether it claimed any. */
    private boolean refill() {
        yieldToReplies();
        int capacity = config.sendThreads() * 4;
        if (ready.size() < capacity / 2) {
            List<Delivery> claimed = queue.claimDue(capacity - ready.size(), Set.copyOf(busyChats));
            claimed.forEach(d -> busyChats.add(d.chatId()));
            if (cluster.live() > 1) {
                claimed.forEach(d -> elsewhere.count(d.chatId()));
            }
            ready.add(claimed);
            return !claimed.isEmpty();
        }
        return false;
    }

    /** Sends every ready row the pacer allows now; returns how long to wait before trying again (0: go on). */
    private long dispatchReady() {
        if (ready.isEmpty()) {
            return 1_000;
        }
        long soonest = Long.MAX_VALUE;
        boolean dispatched = false;
        for (Iterator<Delivery> it = ready.iterator(); it.hasNext(); ) {
            Delivery delivery = it.next();
            if (blockedChats.isBlocked(delivery.chatId())) {
                queue.drop(delivery.id(), "chat blocked the bot");
                busyChats.remove(delivery.chatId());
                it.remove();
                continue;
            }
            boolean chatMessage = delivery.message().kind().isChatMessage();
            long now = physical.millis();
            long wait = pacer.waitMillis(delivery.chatId(), chatMessage, now);
            if (wait > 0) {
                soonest = Math.min(soonest, wait);
                continue;
            }
            if (!slots.tryAcquire()) {
                return 5;
            }
            SendPacer.Slot slot = pacer.reserve(delivery.chatId(), chatMessage);
            it.remove();
            dispatched = true;
            senders.execute(() -> deliver(delivery, slot));
        }
        return dispatched ? 0 : Math.min(soonest, 250);
    }

    private void deliver(Delivery delivery, SendPacer.Slot slot) {
        MDC.put("deliveryId", Long.toString(delivery.id()));
        MDC.put("chatId", Long.toString(delivery.chatId()));
        try {
            var call = metrics.callStarts();
            long began = System.nanoTime();
            SendResult result = sender.send(delivery.message());
            metrics.called(call, delivery, result);
            long tookMillis = (System.nanoTime() - began) / 1_000_000;
            if (tookMillis >= SLOW_CALL_MILLIS) {
                log.warn(
                        "Bot API call for delivery {} ({}) took {} ms: {}",
                        delivery.id(),
                        delivery.message().kind(),
                        tookMillis,
                        DeliveryMetrics.outcome(result));
            }
            log.debug(
                    "Delivery {} ({}): {}", delivery.id(), delivery.message().kind(), DeliveryMetrics.outcome(result));
            pacer.sent(slot, physical.millis());
            if (settlement.settle(delivery, result)) {
                sent.incrementAndGet();
            }
        } catch (RuntimeException e) {
            pacer.sent(slot, physical.millis());
            log.error("Unexpected failure sending delivery {}; will retry", delivery.id(), e);
            queue.retryAfterFailure(
                    delivery.id(),
                    clock.instant().plus(settlement.backoff(delivery.attempts())),
                    e.getClass().getSimpleName());
        } finally {
            MDC.remove("deliveryId");
            MDC.remove("chatId");
            settledSinceWriteOut.set(true);
            busyChats.remove(delivery.chatId());
            slots.release();
            wake();
        }
    }

    /** Every few seconds: claims left by gone instances, and claims stuck for too long. */
    private Instant sweepStaleClaims() {
        int gone = queue.requeueClaimsOfGoneInstances();
        if (gone > 0) {
            log.warn("Re-queued {} message(s) left mid-send by an instance that stopped or died", gone);
        }
        int requeued = queue.requeueClaimedBefore(clock.instant().minus(config.staleClaim()));
        if (requeued > 0) {
            log.warn("Re-queued {} message(s) stuck mid-send for over {}", requeued, config.staleClaim());
        }
        return clock.instant().plusSeconds(5);
    }

    private long reportProgress(long lastReported) {
        long now = sent.get();
        if (now != lastReported) {
            log.info("Delivered {} message(s) since start; waiting or in flight: {}", now, queue.countUnsettled());
        }
        return now;
    }

    private void await(long millis) {
        synchronized (signal) {
            if (!woken) {
                try {
                    signal.wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            woken = false;
        }
    }
}

package vn.chibo.bot.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.chibo.scheduler.cluster.Instances;

/**
 * This instance's part in a deployment of several chibo instances on one database: a heartbeat every
 * {@link #BEAT_MILLIS}, and in polling mode the long-polling lease (Telegram allows one getUpdates caller per token), taken
 * by whichever instance finds it free or expired and renewed with each beat. Starts before anything that
 * reads it and stops after, leaving the lease free so another instance polls within one beat.
 */
@Component
public class ClusterMembership implements SmartLifecycle {

    public static final String POLLER = "poller";
    static final long BEAT_MILLIS = 2_000;

    private static final Logger log = LoggerFactory.getLogger(ClusterMembership.class);

    private final Instances instances;
    private final boolean polling;
    private volatile boolean running;
    private volatile boolean polls;
    private volatile int live = 1;
    private volatile long sendFrom;
    private volatile long lastBeat;
    private boolean told;
    private Thread beat;

    ClusterMembership(Instances instances, @Value("${chibo.mode:polling}") String mode) {
        this.instances = instances;
        this.polling = !mode.equals("webhook");
    }

    /** Whether this instance holds the long-polling lease now. */
    public boolean polls() {
        return polls;
    }

    /** Instances with a fresh heartbeat, this one included, as of the last beat. */
    public int live() {
        return live;
    }

    public String instanceId() {
        return instances.id();
    }

    /** Whether this instance competes for the long-polling lease (polling mode) or not (webhook mode). */
    public boolean polling() {
        return polling;
    }

    /** When the heartbeat last reached the database (epoch millis); 0 before the first. */
    public long lastBeat() {
        return lastBeat;
    }

    /** How long the heartbeat may fail before another instance takes the lease over. */
    public static java.time.Duration leaseTtl() {
        return Instances.TTL;
    }

    /**
     * Whether this instance may send yet. Each instance keeps to its share of the bot-wide rate, counted at each
     * beat; one that joins while others run waits one beat, by which time they all count it and have cut their
     * share. (Of two starting together, the later one sees the earlier and waits.)
     */
    public boolean maySend() {
        return System.currentTimeMillis() >= sendFrom;
    }

    @Override
    public void start() {
        beatOnce();
        sendFrom = live > 1 ? System.currentTimeMillis() + BEAT_MILLIS + 500 : 0;
        running = true;
        beat = new Thread(this::run, "chibo-heartbeat");
        beat.setDaemon(true);
        beat.start();
    }

    private void run() {
        while (running) {
            try {
                Thread.sleep(BEAT_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (running) {
                beatOnce();
            }
        }
    }

    private void beatOnce() {
        try {
            instances.heartbeat();
            boolean lead = polling && instances.lead(POLLER, Instances.TTL);
            if (polling && (lead != polls || !told)) {
                told = true;
                log.info(
                        lead
                                ? "This instance ({}) now polls Telegram for updates"
                                : "Another instance polls Telegram for updates; this one ({}) stands by",
                        instances.id());
            }
            polls = lead;
            live = instances.live();
            lastBeat = System.currentTimeMillis();
        } catch (RuntimeException e) {
            // Without a heartbeat the lease lapses by itself and another instance takes over.
            polls = false;
            log.warn("Heartbeat failed: {}", e.getMessage());
        }
    }

    @Override
    public void stop() {
        running = false;
        polls = false;
        if (beat != null) {
            beat.interrupt();
            try {
                beat.join(5_000); // a beat in progress must not write the heartbeat back after leaving
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            instances.leave();
        } catch (RuntimeException e) {
            log.warn(
                    "Could not leave the cluster cleanly; the others take over when the heartbeat expires: {}",
                    e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return -100;
    }
}

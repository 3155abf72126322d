package vn.chibo.bot.delivery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chibo.bot.telegram.ChiboProperties;

/**
 * Decides when the next message to a chat may go: sliding windows over the whole bot, each private chat
 * and each group, plus pauses a 429 imposed on a chat. Telegram counts a message when it arrives, which
 * we cannot see; it arrives before our call returns. So a slot is held while its call is in flight and
 * then dated by the call's return: the next message in that window cannot arrive too early, however
 * the network delays the earlier ones. Time is passed in (milliseconds): the policy is pure. Thread-safe.
 */
final class SendPacer {

    /** A place taken in the windows a message counts against. */
    static final class Slot {
        private long time = IN_FLIGHT;
    }

    private static final long IN_FLIGHT = Long.MAX_VALUE;
    private static final Slot NOT_COUNTED = new Slot();

    private final Window global;
    private final int globalPerSecond;
    private final int privateCount;
    private final long privateWindowMillis;
    private final int groupCount;
    private final long groupWindowMillis;
    private final Map<Long, Window> chats = new HashMap<>();
    private final Map<Long, Long> pausedUntil = new HashMap<>();

    SendPacer(ChiboProperties.Pacing pacing) {
        long margin = pacing.safetyMargin().toMillis();
        this.global = new Window(pacing.globalPerSecond(), 1000 + margin);
        this.globalPerSecond = pacing.globalPerSecond();
        this.privateCount = pacing.privateChatBurst();
        this.privateWindowMillis = 1000L * pacing.privateChatBurst() / pacing.privateChatPerSecond() + margin;
        this.groupCount = pacing.groupPerMinute();
        this.groupWindowMillis = 60_000 + margin;
    }

    /** Milliseconds until a message to {@code chatId} may go (0: now). Calls that are not chat messages only wait for 429 pauses. */
    synchronized long waitMillis(long chatId, boolean chatMessage, long now) {
        long paused = Math.max(0, pausedUntil.getOrDefault(chatId, 0L) - now);
        if (!chatMessage) {
            return paused;
        }
        return Math.max(paused, Math.max(global.waitMillis(now), chat(chatId).waitMillis(now)));
    }

    /** Takes a place in the windows; call right after {@link #waitMillis} answered 0, and {@link #sent} when the call returns. */
    synchronized Slot reserve(long chatId, boolean chatMessage) {
        if (!chatMessage) {
            return NOT_COUNTED;
        }
        var slot = new Slot();
        global.add(slot);
        chat(chatId).add(slot);
        return slot;
    }

    /** The call holding {@code slot} returned at {@code now}: the message reached Telegram by then. */
    synchronized void sent(Slot slot, long now) {
        if (slot != NOT_COUNTED) {
            slot.time = now;
        }
        if (chats.size() > 10_000) {
            chats.values().removeIf(w -> w.isEmpty(now));
        }
    }

    /**
     * Several instances send for one bot token: each keeps to its share of the bot-wide limit (at least one
     * message a second). A chat's messages leave one at a time whichever instance sends them; before sending
     * one, an instance counts what the others sent to that chat lately ({@link #sentElsewhere}).
     */
    synchronized void shareAmong(int instances) {
        global.count = Math.max(1, globalPerSecond / Math.max(1, instances));
    }

    /** Records a message known to have been sent at {@code at} (e.g. by the previous run). */
    synchronized void alreadySent(long chatId, boolean chatMessage, long at) {
        sent(reserve(chatId, chatMessage), at);
    }

    /**
     * Records a message another instance sent to {@code chatId} at {@code at}: it counts against that chat's window
     * only, the bot-wide one being shared out already.
     */
    synchronized void sentElsewhere(long chatId, long at) {
        var slot = new Slot();
        slot.time = at;
        chat(chatId).add(slot);
    }

    /** Telegram said 429: nothing more to this chat before {@code until}. */
    synchronized void pause(long chatId, long until) {
        pausedUntil.merge(chatId, until, Math::max);
        pausedUntil.values().removeIf(t -> t < until - 3_600_000L);
    }

    private Window chat(long chatId) {
        return chats.computeIfAbsent(
                chatId,
                id -> id < 0
                        ? new Window(groupCount, groupWindowMillis)
                        : new Window(privateCount, privateWindowMillis));
    }

    private static final class Window {
        private static final long RECHECK_IN_FLIGHT = 20;

        private int count;
        private final long lengthMillis;
        private final List<Slot> slots = new ArrayList<>();

        Window(int count, long lengthMillis) {
            this.count = count;
            this.lengthMillis = lengthMillis;
        }

        long waitMillis(long now) {
            slots.removeIf(s -> s.time != IN_FLIGHT && s.time + lengthMillis <= now);
            if (slots.size() < count) {
                return 0;
            }
            long soonest = slots.stream()
                    .filter(s -> s.time != IN_FLIGHT)
                    .mapToLong(s -> s.time + lengthMillis - now)
                    .min()
                    .orElse(RECHECK_IN_FLIGHT);
            return Math.max(1, soonest);
        }

        boolean isEmpty(long now) {
            waitMillis(now);
            return slots.isEmpty();
        }

        void add(Slot slot) {
            slots.add(slot);
        }
    }
}

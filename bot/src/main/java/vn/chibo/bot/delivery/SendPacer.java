package vn.chibo.bot.delivery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import vn.chibo.bot.telegram.ChiboProperties;

/**
 * Decides when the next message to a chat may go: sliding windows over the whole bot, each private chat
 * and each group, plus pauses a 429 imposed on a chat. Telegram counts a message when it arrives, which
 * we cannot see; it arrives before our call returns. So a slot is held while its call is in flight and
 * then dated by the call's return: the next message in that window cannot arrive too early, however
 * the network delays the earlier ones. Returns are read in whole milliseconds, so a window ends only once
 * the millisecond after its length has begun: a return read as {@code t} happened before {@code t + 1}.
 *
 * <p>That alone keeps to a limit counted as Telegram documents it, with nothing to spare, so the pacer starts with
 * the configured margin (none by default) and widens it only when Telegram answers a chat message with 429 (its
 * count may differ from the documented one): each 429 doubles the margin, from 10 ms up to the configured maximum,
 * and every ten minutes without one halve it back. Time is passed in (milliseconds): the policy is pure. Thread-safe.
 */
final class SendPacer {

    /** A place taken in the windows a message counts against. */
    static final class Slot {
        private long time = IN_FLIGHT;
    }

    /** The margin's first step after a 429, and how long without one halves it. */
    static final long FIRST_WIDENING_MILLIS = 10;

    static final long CALM_MILLIS = 600_000;

    private static final long IN_FLIGHT = Long.MAX_VALUE;
    private static final Slot NOT_COUNTED = new Slot();

    private final Window global;
    private final int globalPerSecond;
    private final int privateCount;
    private final long privateWindowMillis;
    private final int groupCount;
    private final long groupWindowMillis;
    private final long initialMargin;
    private final long maxMargin;
    private final Map<Long, Window> chats = new HashMap<>();
    private final Map<Long, Long> pausedUntil = new HashMap<>();
    private long margin;
    /** When the margin last changed, or a 429 last came; Long.MIN_VALUE: never. */
    private long marginSince = Long.MIN_VALUE;

    SendPacer(ChiboProperties.Pacing pacing) {
        this.initialMargin = pacing.safetyMargin().toMillis();
        this.maxMargin = Math.max(initialMargin, pacing.maxSafetyMargin().toMillis());
        this.margin = initialMargin;
        this.global = new Window(pacing.globalPerSecond(), 1000);
        this.globalPerSecond = pacing.globalPerSecond();
        this.privateCount = pacing.privateChatBurst();
        this.privateWindowMillis = 1000L * pacing.privateChatBurst() / pacing.privateChatPerSecond();
        this.groupCount = pacing.groupPerMinute();
        this.groupWindowMillis = 60_000;
    }

    /** Milliseconds until a message to {@code chatId} may go (0: now). Calls that are not chat messages only wait for 429 pauses. */
    synchronized long waitMillis(long chatId, boolean chatMessage, long now) {
        long paused = Math.max(0, pausedUntil.getOrDefault(chatId, 0L) - now);
        if (!chatMessage) {
            return paused;
        }
        narrowWhenCalm(now);
        return Math.max(
                paused, Math.max(global.waitMillis(now, margin), chat(chatId).waitMillis(now, margin)));
    }

    /**
     * Telegram answered a chat message with 429 at {@code now}: its count differs from ours, so every window widens
     * (the margin doubles, up to the maximum). Returns the margin now in force, in milliseconds.
     */
    synchronized long tooMany(long now) {
        margin = Math.min(maxMargin, Math.max(FIRST_WIDENING_MILLIS, margin * 2));
        marginSince = now;
        return margin;
    }

    /** The margin every window is widened by now, in milliseconds. */
    synchronized long margin() {
        return margin;
    }

    private void narrowWhenCalm(long now) {
        if (margin > initialMargin && now - marginSince >= CALM_MILLIS) {
            margin = Math.max(initialMargin, margin / 2);
            marginSince = now;
        }
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
            chats.values().removeIf(w -> w.isEmpty(now, margin));
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
        private final Deque<Slot> slots = new ArrayDeque<>();

        Window(int count, long lengthMillis) {
            this.count = count;
            this.lengthMillis = lengthMillis;
        }

        /** A slot returned at {@code t} leaves the window at {@code t + length + margin + 1} (see the class comment). */
        long waitMillis(long now, long margin) {
            long span = span(margin);
            // Slots are taken in order, so the oldest that have left go from the front at no cost. Only a window
            // still full is searched through: a slot in flight at the front may hold later ones that have left.
            while (!slots.isEmpty() && left(slots.peekFirst(), span, now)) {
                slots.pollFirst();
            }
            if (slots.size() < count) {
                return 0;
            }
            slots.removeIf(s -> left(s, span, now));
            if (slots.size() < count) {
                return 0;
            }
            long soonest = slots.stream()
                    .filter(s -> s.time != IN_FLIGHT)
                    .mapToLong(s -> s.time + span - now)
                    .min()
                    .orElse(RECHECK_IN_FLIGHT);
            return Math.max(1, soonest);
        }

        /** How long a returned slot counts: the window, the margin, and the millisecond a return read as t may hide. */
        private long span(long margin) {
            return lengthMillis + margin + 1;
        }

        private static boolean left(Slot slot, long span, long now) {
            return slot.time != IN_FLIGHT && slot.time + span <= now;
        }

        boolean isEmpty(long now, long margin) {
            long span = span(margin);
            slots.removeIf(s -> left(s, span, now));
            return slots.isEmpty();
        }

        void add(Slot slot) {
            slots.add(slot);
        }
    }
}

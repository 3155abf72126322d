package vn.chibo.bot.delivery;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import vn.chibo.bot.telegram.ChiboProperties;

/**
 * Decides when the next message to a chat may go: sliding windows over the whole bot, each private chat
 * and each group, plus pauses a 429 imposed on a chat. Time is passed in (milliseconds), so the policy is
 * pure and testable. Thread-safe.
 */
final class SendPacer {

    private final Window global;
    private final int privateCount;
    private final long privateWindowMillis;
    private final int groupCount;
    private final long groupWindowMillis;
    private final Map<Long, Window> chats = new HashMap<>();
    private final Map<Long, Long> pausedUntil = new HashMap<>();

    SendPacer(ChiboProperties.Pacing pacing) {
        long margin = pacing.safetyMargin().toMillis();
        this.global = new Window(pacing.globalPerSecond(), 1000 + margin);
        this.privateCount = pacing.privateChatBurst();
        this.privateWindowMillis = Duration.ofSeconds(pacing.privateChatBurst()).toMillis() / pacing.privateChatPerSecond() + margin;
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

    /** Takes the slot: call right after {@link #waitMillis} answered 0. */
    synchronized void record(long chatId, boolean chatMessage, long now) {
        if (chatMessage) {
            global.add(now);
            chat(chatId).add(now);
        }
        if (chats.size() > 10_000) {
            chats.values().removeIf(w -> w.waitMillis(now) == 0 && w.isIdle(now));
        }
    }

    /** Telegram said 429: nothing more to this chat before {@code until}. */
    synchronized void pause(long chatId, long until) {
        pausedUntil.merge(chatId, until, Math::max);
        pausedUntil.values().removeIf(t -> t < until - 3_600_000L);
    }

    private Window chat(long chatId) {
        return chats.computeIfAbsent(chatId, id -> id < 0 ? new Window(groupCount, groupWindowMillis) : new Window(privateCount, privateWindowMillis));
    }

    private static final class Window {
        private final int count;
        private final long lengthMillis;
        private final Deque<Long> times = new ArrayDeque<>();

        Window(int count, long lengthMillis) {
            this.count = count;
            this.lengthMillis = lengthMillis;
        }

        long waitMillis(long now) {
            while (!times.isEmpty() && times.peekFirst() + lengthMillis <= now) {
                times.removeFirst();
            }
            return times.size() < count ? 0 : times.peekFirst() + lengthMillis - now;
        }

        boolean isIdle(long now) {
            return times.isEmpty() || times.peekLast() + lengthMillis <= now;
        }

        void add(long now) {
            times.addLast(now);
        }
    }
}

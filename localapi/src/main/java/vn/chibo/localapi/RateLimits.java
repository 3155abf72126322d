package vn.chibo.localapi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's flood limits as sliding windows: at most {@code globalCount} chat messages in any
 * {@code globalWindow}, {@code privateCount} per private chat in {@code privateWindow}, {@code groupCount}
 * per group in {@code groupWindow}. A call over a limit is answered 429 with the seconds until it would
 * fit. Calls must come in time order. Not thread-safe: {@link LocalTelegram} calls it under its lock.
 */
public final class RateLimits {

    private final Window global;
    private final int privateCount;
    private final Duration privateWindow;
    private final int groupCount;
    private final Duration groupWindow;
    private final Map<Long, Window> perChat = new HashMap<>();

    public RateLimits(
            int globalCount,
            Duration globalWindow,
            int privateCount,
            Duration privateWindow,
            int groupCount,
            Duration groupWindow) {
        this.global = new Window(globalCount, globalWindow);
        this.privateCount = privateCount;
        this.privateWindow = privateWindow;
        this.groupCount = groupCount;
        this.groupWindow = groupWindow;
    }

    /** The limits Telegram documents: 30/s overall, 1/s per private chat (bursts of 3), 20/min per group. */
    public static RateLimits telegramDefaults() {
        return new RateLimits(30, Duration.ofSeconds(1), 3, Duration.ofSeconds(3), 20, Duration.ofMinutes(1));
    }

    /** Records a message to {@code chatId} at {@code now}, or returns the whole seconds to wait (≥ 1) if over a limit. */
    public int admit(long chatId, Instant now) {
        Window chat = perChat.computeIfAbsent(
                chatId, id -> id < 0 ? new Window(groupCount, groupWindow) : new Window(privateCount, privateWindow));
        long waitMillis = Math.max(global.waitMillis(now), chat.waitMillis(now));
        if (waitMillis > 0) {
            return (int) Math.max(1, (waitMillis + 999) / 1000);
        }
        global.add(now);
        chat.add(now);
        return 0;
    }

    private static final class Window {
        private final int count;
        private final Duration length;
        private final Deque<Instant> times = new ArrayDeque<>();

        Window(int count, Duration length) {
            this.count = count;
            this.length = length;
        }

        long waitMillis(Instant now) {
            while (!times.isEmpty() && !times.peekFirst().plus(length).isAfter(now)) {
                times.removeFirst();
            }
            if (times.size() < count) {
                return 0;
            }
            // Strict to the nanosecond: a message a fraction of a millisecond early is over the limit too.
            long nanos = Duration.between(now, times.peekFirst().plus(length)).toNanos();
            return (nanos + 999_999) / 1_000_000;
        }

        void add(Instant now) {
            times.addLast(now);
        }
    }
}

package vn.chibo.bot.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read at most once per {@code maxAge}, however often it is asked for: a scrape or a probe every second costs
 * the database (or Telegram) one query per {@code maxAge}.
 */
final class Snapshot<T> {

    private final Supplier<T> read;
    private final Duration maxAge;
    private final Clock clock;
    private T value;
    private Instant readAt;

    Snapshot(Supplier<T> read, Duration maxAge, Clock clock) {
        this.read = read;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    synchronized T get() {
        Instant now = clock.instant();
        if (readAt == null || !now.isBefore(readAt.plus(maxAge))) {
            value = read.get();
            readAt = now;
        }
        return value;
    }
}

package vn.chibo.scheduler.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs like the system's, shifted by an offset a test moves forward ("it is now 2/12 at 8:00"):
 * time keeps flowing, so timeouts and pacing behave as in production, only on another day.
 */
public final class MovableClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Duration> offset;

    public MovableClock(ZoneId zone) {
        this(zone, new AtomicReference<>(Duration.ZERO));
    }

    private MovableClock(ZoneId zone, AtomicReference<Duration> offset) {
        this.zone = zone;
        this.offset = offset;
    }

    /** Moves to {@code moment} in this clock's zone; never backwards, as a restart-safe system clock would not. */
    public void moveTo(LocalDateTime moment) {
        Instant target = moment.atZone(zone).toInstant();
        Duration shift = Duration.between(Instant.now(), target);
        if (shift.compareTo(offset.get()) < 0) {
            throw new IllegalArgumentException(
                    "The clock only moves forward: " + moment + " is before " + LocalDateTime.now(this));
        }
        offset.set(shift);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(other, offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}

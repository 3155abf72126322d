package vn.chibo.bot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.chibo.bot.telegram.ChiboProperties;
import vn.chibo.localapi.RateLimits;

/**
 * The pacer drives a wave through the local Bot API server's enforcement of Telegram's limits ({@link RateLimits}), in
 * simulated time: eight calls at once, each reaching Telegram after a random delay and returning after another, the
 * returns read in whole milliseconds as the dispatcher reads them. Telegram refuses nothing, and the wave ends close to
 * the floor its limit sets. Time is simulated, so the run takes milliseconds and is the same every time.
 */
class PacedWaveTest {

    static final int MESSAGES = 3_000;
    static final int CALLS_AT_ONCE = 8;
    /** The rows the dispatcher holds claimed, waiting for the pacer (send threads × 4). */
    static final int READY = 32;

    /** Something that happens at a microsecond: a message reaches Telegram, or its call returns. */
    private record Event(long micros, long chatId, SendPacer.Slot slot, boolean arrival) {}

    @Test
    void aWaveAtTelegramsLimitIsNeverRefusedAndEndsWithinThreePercentOfTheFloor() {
        for (long seed = 1; seed <= 5; seed++) {
            Wave wave = run(new Random(seed), 12_000);
            double floorSeconds = MESSAGES / 30.0;

            assertThat(wave.refused).as("429s, seed %d", seed).isZero();
            assertThat(wave.lastArrivalMicros / 1e6)
                    .as("seconds to the last arrival, seed %d (floor %.1f s)", seed, floorSeconds)
                    .isGreaterThanOrEqualTo(floorSeconds - 1)
                    .isLessThan(floorSeconds * 1.03);
        }
    }

    @Test
    void callsFasterThanAMillisecondNeverGoOverTheLimit() {
        // A return read as millisecond t may have come at t.9, after the arrival it follows: the window must run
        // from t + 1, or the next message can arrive a fraction of a millisecond early.
        for (long seed = 1; seed <= 5; seed++) {
            assertThat(run(new Random(seed), 900).refused)
                    .as("429s with calls under a millisecond, seed %d", seed)
                    .isZero();
        }
    }

    @Test
    void slowAndUnevenCallsStillNeverGoOverTheLimit() {
        Wave wave = run(new Random(42), 400_000);

        assertThat(wave.refused).as("429s with calls taking up to 0.8 s").isZero();
    }

    private static final class Wave {
        int refused;
        long lastArrivalMicros;
    }

    /** Runs the wave; each leg of a call (to Telegram, and back) takes up to {@code maxLegMicros}. */
    private static Wave run(Random random, long maxLegMicros) {
        SendPacer pacer =
                new SendPacer(new ChiboProperties.Pacing(30, 1, 3, 20, Duration.ZERO, Duration.ofMillis(200)));
        RateLimits telegram = RateLimits.telegramDefaults();
        Deque<Long> waiting = new ArrayDeque<>();
        for (int i = 0; i < MESSAGES; i++) {
            // mostly one message per chat, as in a reminder wave; every hundredth to one chat, which its own limit
            // holds back
            waiting.add(i % 100 == 0 ? 7L : 1_000L + i);
        }
        PriorityQueue<Event> events = new PriorityQueue<>(Comparator.comparingLong(Event::micros));
        Wave wave = new Wave();
        int inFlight = 0;
        long now = 0;
        while (!waiting.isEmpty() || !events.isEmpty()) {
            // the dispatcher's turn at `now`: release what the pacer allows, as DeliveryDispatcher does
            long soonest = Long.MAX_VALUE;
            Deque<Long> passedOver = new ArrayDeque<>();
            while (!waiting.isEmpty() && inFlight < CALLS_AT_ONCE && passedOver.size() < READY) {
                long chat = waiting.poll();
                long wait = pacer.waitMillis(chat, true, now / 1_000);
                if (wait > 0) {
                    soonest = Math.min(soonest, wait);
                    passedOver.add(chat);
                    continue;
                }
                SendPacer.Slot slot = pacer.reserve(chat, true);
                inFlight++;
                events.add(new Event(now + 1 + random.nextLong(maxLegMicros), chat, slot, true));
            }
            passedOver.descendingIterator().forEachRemaining(waiting::addFirst);
            long wakeAt = soonest == Long.MAX_VALUE ? Long.MAX_VALUE : (now / 1_000 + soonest) * 1_000;
            Event next = events.peek();
            if (next != null && next.micros() <= wakeAt) {
                events.poll();
                now = next.micros();
                if (next.arrival()) {
                    if (telegram.admit(next.chatId(), Instant.EPOCH.plusNanos(now * 1_000)) > 0) {
                        wave.refused++;
                    }
                    wave.lastArrivalMicros = now;
                    events.add(new Event(now + 1 + random.nextLong(maxLegMicros), next.chatId(), next.slot(), false));
                } else {
                    pacer.sent(next.slot(), now / 1_000);
                    inFlight--;
                }
            } else if (wakeAt != Long.MAX_VALUE) {
                now = wakeAt;
            }
        }
        return wave;
    }
}

package vn.chibo.bot.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * What the intake counts, for the Prometheus endpoint: updates received (new ones; a redelivery is not counted again),
 * handled (with how long handling took, in its transaction), failed attempts, and updates set aside after their last
 * attempt.
 */
@Component
public class IntakeMetrics {

    private final Counter received;
    private final Timer handled;
    private final Counter failed;
    private final Counter setAside;

    public IntakeMetrics(MeterRegistry registry) {
        received = Counter.builder("chibo.updates.received")
                .description("Updates stored in the inbox for the first time")
                .register(registry);
        handled = Timer.builder("chibo.updates.handled")
                .description("Updates handled, and how long each took")
                .publishPercentileHistogram()
                .register(registry);
        failed = Counter.builder("chibo.updates.failed")
                .description("Attempts at handling an update that threw")
                .register(registry);
        setAside = Counter.builder("chibo.updates.set.aside")
                .description("Updates given up after their last attempt (the person got an apology)")
                .register(registry);
    }

    void received() {
        received.increment();
    }

    Timer.Sample handlingStarts() {
        return Timer.start();
    }

    void handled(Timer.Sample sample) {
        sample.stop(handled);
    }

    void failed() {
        failed.increment();
    }

    void setAside() {
        setAside.increment();
    }
}

package vn.chibo.scheduler.quartz;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import vn.chibo.scheduler.reminder.RemindDue;
import vn.chibo.scheduler.reminder.ReminderSweepStep;

/**
 * Runs one reminder sweep, then each feature's {@link ReminderSweepStep}. Never two at once on one scheduler; across instances the reminder keys keep it once. Each
 * sweep is timed ({@code chibo.reminders.sweep}) and what it decided is counted ({@code chibo.reminders{outcome}}:
 * decided, queued, already queued, failed); the rows it queued are then counted as they are sent
 * ({@code chibo.delivery.settled{kind="bulk"}}).
 */
@DisallowConcurrentExecution
public class ReminderSweepJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(ReminderSweepJob.class);

    private final RemindDue remindDue;
    private final ObjectProvider<ReminderSweepStep> steps;
    private final MeterRegistry registry;

    /** Where no registry is configured (a test of the scheduler alone), Micrometer's global one, which keeps nothing. */
    public ReminderSweepJob(
            RemindDue remindDue, ObjectProvider<ReminderSweepStep> steps, ObjectProvider<MeterRegistry> registry) {
        this.remindDue = remindDue;
        this.steps = steps;
        this.registry = registry.getIfAvailable(() -> Metrics.globalRegistry);
    }

    @Override
    public void execute(JobExecutionContext context) {
        RemindDue.Wave wave = Timer.builder("chibo.reminders.sweep")
                .description("How long one reminder sweep took, from deciding to every row queued")
                .register(registry)
                .record(remindDue::run);
        count("decided", wave.decided());
        count("queued", wave.queued());
        count("already_queued", wave.skipped());
        count("failed", wave.failed());
        steps.orderedStream().forEach(step -> {
            try {
                count("queued", step.run());
            } catch (RuntimeException e) {
                log.warn("A reminder sweep step failed: {}", e.toString());
                count("failed", 1);
            }
        });
    }

    private void count(String outcome, int n) {
        Counter.builder("chibo.reminders")
                .description("Reminders decided by the sweeps, and what became of them")
                .tag("outcome", outcome)
                .register(registry)
                .increment(n);
    }
}

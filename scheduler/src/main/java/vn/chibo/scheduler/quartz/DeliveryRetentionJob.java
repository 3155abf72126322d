package vn.chibo.scheduler.quartz;

import java.time.Clock;
import java.time.Duration;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import vn.chibo.scheduler.delivery.DeliveryQueue;

/**
 * Forgets the text and attachments of messages settled longer ago than {@code chibo.delivery.keep-sent} (three days
 * by default): a backup of the database then holds no biên bản or conversation older than that.
 */
@DisallowConcurrentExecution
public class DeliveryRetentionJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRetentionJob.class);

    private final DeliveryQueue queue;
    private final Clock clock;
    private final Duration keep;

    public DeliveryRetentionJob(
            DeliveryQueue queue, Clock clock, @Value("${chibo.delivery.keep-sent:3d}") Duration keep) {
        this.queue = queue;
        this.clock = clock;
        this.keep = keep;
    }

    @Override
    public void execute(JobExecutionContext context) {
        int forgotten = queue.forgetSettledBefore(clock.instant().minus(keep));
        if (forgotten > 0) {
            log.info("Forgot the content of {} message(s) settled over {} ago", forgotten, keep);
        }
    }
}

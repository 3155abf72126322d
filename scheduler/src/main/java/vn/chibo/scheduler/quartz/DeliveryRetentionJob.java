package vn.chibo.scheduler.quartz;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import vn.chibo.scheduler.retention.ContentRetention;

/** Runs the content retention ({@link ContentRetention}) once. */
@DisallowConcurrentExecution
public class DeliveryRetentionJob implements Job {

    private final ContentRetention retention;

    public DeliveryRetentionJob(ContentRetention retention) {
        this.retention = retention;
    }

    @Override
    public void execute(JobExecutionContext context) {
        retention.run();
    }
}

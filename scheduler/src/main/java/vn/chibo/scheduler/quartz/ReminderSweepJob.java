package vn.chibo.scheduler.quartz;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import vn.chibo.scheduler.reminder.RemindDue;

/** Runs one reminder sweep. Never two at once on one scheduler; across instances the reminder keys keep it once. */
@DisallowConcurrentExecution
public class ReminderSweepJob implements Job {

    private final RemindDue remindDue;

    public ReminderSweepJob(RemindDue remindDue) {
        this.remindDue = remindDue;
    }

    @Override
    public void execute(JobExecutionContext context) {
        remindDue.run();
    }
}

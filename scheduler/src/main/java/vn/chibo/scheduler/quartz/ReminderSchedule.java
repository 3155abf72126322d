package vn.chibo.scheduler.quartz;

import java.time.Clock;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.chibo.scheduler.reminder.ReminderSettings;

/**
 * The reminder sweep's job and trigger, and the delivery queue's retention, registered with Spring Boot's Quartz scheduler (JDBC job store, tables
 * from Flyway). Misfire policy: fire once and proceed. A sweep missed while chibo was down runs once when it
 * comes back, not once per missed firing; and the policy sends only what is still meaningful then.
 */
@Configuration
public class ReminderSchedule {

    public static final String JOB = "reminder-sweep";
    static final String RETENTION = "delivery-retention";

    @Bean
    JobDetail reminderSweepJob() {
        return JobBuilder.newJob(ReminderSweepJob.class)
                .withIdentity(JOB)
                .withDescription("Queue the reminders due now")
                .storeDurably()
                .build();
    }

    @Bean
    CronTrigger reminderSweepTrigger(JobDetail reminderSweepJob, ReminderSettings settings, Clock clock) {
        return TriggerBuilder.newTrigger()
                .forJob(reminderSweepJob)
                .withIdentity(JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(settings.sweepCron())
                        .inTimeZone(TimeZone.getTimeZone(clock.getZone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail deliveryRetentionJob() {
        return JobBuilder.newJob(DeliveryRetentionJob.class)
                .withIdentity(RETENTION)
                .withDescription("Forget what old settled messages said")
                .storeDurably()
                .build();
    }

    /** Every hour, at 17 past. */
    @Bean
    CronTrigger deliveryRetentionTrigger(JobDetail deliveryRetentionJob, Clock clock) {
        return TriggerBuilder.newTrigger()
                .forJob(deliveryRetentionJob)
                .withIdentity(RETENTION)
                .withSchedule(CronScheduleBuilder.cronSchedule("0 17 * * * ?")
                        .inTimeZone(TimeZone.getTimeZone(clock.getZone()))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }
}

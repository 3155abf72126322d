package vn.chibo.scheduler.reminder;

/**
 * Work a feature does on each reminder sweep, after the reminders themselves (a notice's follow-up to members who have
 * not answered). Each step keeps its own sends once, across sweeps and instances, as the reminders do; one failing
 * step is logged and the others run.
 */
public interface ReminderSweepStep {

    /** Runs once per sweep; returns how many messages it queued. */
    int run();
}

/** The Quartz side of reminders: the job and its trigger, with an explicit misfire policy. */
package vn.chibo.scheduler.quartz;

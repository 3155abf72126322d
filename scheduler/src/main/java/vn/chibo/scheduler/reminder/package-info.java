/**
 * When to remind whom: cells' meeting schedules, the reminder policy (pure: who is due what, now), quiet hours,
 * and the use case that turns the policy's decisions into delivery-queue rows, once each.
 */
package vn.chibo.scheduler.reminder;

/**
 * Watching chibo run, for operators: health indicators (intake, Bot API reachability, the delivery queue's oldest
 * wait, the cluster heartbeat and polling lease) and the gauges that read the database (queue depth by kind and state,
 * blocked chats, open conversations). Counters on the code paths themselves live with those paths (intake, delivery,
 * reminders). Served by Spring Boot Actuator on the management port.
 */
package vn.chibo.bot.ops;

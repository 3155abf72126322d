/**
 * Conversations with people: the router from what someone did to what the bot answers, the stored
 * conversation state, and the flows and commands themselves. Replies are {@link
 * vn.chibo.scheduler.delivery.Outgoing} values queued in the update's transaction.
 */
package vn.chibo.bot.chat;

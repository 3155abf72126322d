/**
 * Sending to Telegram: the one sender every outbound call goes through, its pacing to Telegram's
 * limits, and the dispatcher that drains the delivery queue, honouring 429 retry_after, backing off on
 * 5xx and timeouts, and retiring chats that blocked the bot.
 */
package vn.chibo.bot.delivery;

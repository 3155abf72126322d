/**
 * The delivery queue: what is to be sent to which chat, written transactionally beside the decision that
 * produced it, claimed and settled by the dispatcher in the bot module. Telegram-neutral: a message is
 * text, buttons and attachments, never a Telegram API object.
 */
package vn.chibo.scheduler.delivery;

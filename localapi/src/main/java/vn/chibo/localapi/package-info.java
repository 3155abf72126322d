/**
 * A local Telegram Bot API server: real HTTP and JSON as the Bot API documents them, a user side that acts
 * as people on phones (text, button presses, files), and fault injection (429, 5xx, hangs, 403, rate
 * limits). It powers the end-to-end tests and the no-token sandbox. No chibo code is imported here: it
 * must stay a stand-in for Telegram, not a mirror of the bot.
 */
package vn.chibo.localapi;

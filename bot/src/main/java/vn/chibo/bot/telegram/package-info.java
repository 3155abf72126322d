/**
 * The connection to a Bot API server: chibo's settings, the token and base URL in use, and the HTTP
 * clients for long polling and for sending. Everything that touches {@code org.telegram} starts here.
 */
package vn.chibo.bot.telegram;

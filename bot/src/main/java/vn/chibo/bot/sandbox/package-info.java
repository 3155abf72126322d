/**
 * The sandbox: with no bot token, chibo runs against its own local Bot API server, seeded with a demo
 * organisation, and serves a web chat at / where a person can act as a demo secretary or leader.
 */
package vn.chibo.bot.sandbox;

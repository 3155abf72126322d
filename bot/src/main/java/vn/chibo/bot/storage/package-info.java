/** Database settings that migrations cannot express portably, checked at start-up. */
package vn.chibo.bot.storage;

/**
 * Annual plans in the chat: /kehoach shows a committee how many of its organisations registered their year's
 * thematic topics and "học tập và làm theo" model, and lets it nudge the rest; an organisation asked registers there.
 */
package vn.chibo.bot.plan;

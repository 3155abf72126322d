/**
 * Forms: conversations that ask a fixed series of questions (a choice among buttons, or a typed answer),
 * then show a summary to confirm. Back, cancel, paging, filtering by typing, stale-button detection and
 * storage of every answer are handled here once, for every form.
 */
package vn.chibo.bot.chat.form;

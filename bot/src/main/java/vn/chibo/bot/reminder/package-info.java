/** Reminders at the Telegram edge: their buttons, /lichhop (meeting schedule), /hanbaocao (reporting deadlines), report files. */
package vn.chibo.bot.reminder;

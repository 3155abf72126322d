/**
 * Party dues in the chat (/dangphi): the secretary enters a month for the whole cell at once (everyone paid, except
 * those ticked), and sees the month at a glance.
 */
package vn.chibo.bot.dues;

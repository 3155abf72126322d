/**
 * Acting in one role at a time: someone who holds several (a committee's leader who is also a cell's secretary)
 * picks the one they work in now, from /vaitro or the menu; every later question and button is checked against it.
 */
package vn.chibo.bot.role;

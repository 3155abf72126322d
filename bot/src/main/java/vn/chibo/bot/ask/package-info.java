/**
 * Questions typed in Vietnamese (outside a conversation, or after /hoi): read by the content module's grammar, then
 * answered with the same figures the command views give, for exactly the asker's scope, each answer headed by what
 * was understood and buttons to change the period or the unit.
 */
package vn.chibo.bot.ask;

/**
 * Telegram groups of cells and committees: one who answers for a unit links its group, from the group itself; the
 * group then receives the unit's meeting notices and their documents, never anything private (who is absent, dues,
 * names). The bot stays in privacy mode: in a group it hears only its own commands.
 */
package vn.chibo.bot.group;

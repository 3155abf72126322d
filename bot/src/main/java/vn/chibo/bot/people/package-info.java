/**
 * People and structure in chat: taking up a role through an invitation, the member list, importing a
 * roster file, and the office's forms to add or rename cells, add, transfer or remove members, hand out
 * roles and re-issue invitations; the audit log. Everything is limited to the actor's scope.
 */
package vn.chibo.bot.people;

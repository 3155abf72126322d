/**
 * What an office user or administrator changes by hand in the organisation (a cell added or renamed, a member added,
 * transferred or removed): each checked against the person's scope as it is now, done and audited in one transaction.
 */
package vn.chibo.content.office;

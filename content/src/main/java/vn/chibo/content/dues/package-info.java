/**
 * Party dues (đảng phí): whether each member paid for a month, how, and optionally how much; the cell's month at a
 * glance; and the members who have not paid for 2 or 3 months of the last 12, whom the Charter's removal rule
 * (art. 8) counts alongside unexcused absences. chibo records payments; it never handles money.
 */
package vn.chibo.content.dues;

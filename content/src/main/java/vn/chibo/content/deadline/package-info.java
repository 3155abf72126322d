/** Reporting deadlines a committee sets for its cells, their occurrences, and the cells' submissions. */
package vn.chibo.content.deadline;

/** Reporting deadlines a committee sets for its organisations (or hands down from above), their occurrences, and the submissions. */
package vn.chibo.content.deadline;

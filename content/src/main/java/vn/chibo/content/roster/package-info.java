/**
 * Importing the organisation and its people from a spreadsheet (.xlsx or .csv): reading, validating every
 * row (a file with any error is rejected whole), and applying it idempotently in one transaction.
 */
package vn.chibo.content.roster;

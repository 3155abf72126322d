/**
 * Spreadsheets made to be printed and filed: the styles, widths and page setup every workbook chibo exports shares
 * (A4, one page wide, the header repeated on every page, borders, real numbers and dates).
 */
package vn.chibo.content.sheet;

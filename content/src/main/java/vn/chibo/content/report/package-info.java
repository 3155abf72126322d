/**
 * The report a committee sends upward for a period (báo cáo tháng, quý, sơ kết, tổng kết): its figures counted from
 * the data, one row per directly subordinate organisation, written as a Word draft and an Excel workbook.
 */
package vn.chibo.content.report;

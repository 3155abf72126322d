/**
 * Logging a cell meeting in conversation (/sinhhoat), the rules shown before saving, the minutes sent
 * back as .docx, and the cell's meeting history (/lichsu) with download, edit and delete.
 */
package vn.chibo.bot.meeting;

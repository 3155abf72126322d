/** /baocao: the report draft (Word) and its figures (Excel) a committee sends upward for a period. */
package vn.chibo.bot.report;

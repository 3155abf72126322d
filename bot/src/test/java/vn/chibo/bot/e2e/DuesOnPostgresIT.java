package vn.chibo.bot.e2e;

/** Party dues on PostgreSQL: a month replaced, the counts of the warning, the cell's and the member's records. */
@OnPostgres
class DuesOnPostgresIT extends DuesIT {}

package vn.chibo.bot.e2e;

/** The status scenarios on PostgreSQL: the status queries, read models and indexes on the other database. */
@OnPostgres
class StatusOnPostgresIT extends StatusIT {}

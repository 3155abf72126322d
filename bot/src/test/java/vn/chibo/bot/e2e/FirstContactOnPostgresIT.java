package vn.chibo.bot.e2e;

/** The FirstContact scenarios on PostgreSQL. */
@OnPostgres
class FirstContactOnPostgresIT extends FirstContactIT {}

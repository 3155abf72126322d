package vn.chibo.bot.e2e;

/** The Commendation scenarios on PostgreSQL. */
@OnPostgres
class CommendationOnPostgresIT extends CommendationIT {}

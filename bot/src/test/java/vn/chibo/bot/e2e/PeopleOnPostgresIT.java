package vn.chibo.bot.e2e;

/** The People scenarios on PostgreSQL. */
@OnPostgres
class PeopleOnPostgresIT extends PeopleIT {}

package vn.chibo.bot.e2e;

/** The Meeting scenarios on PostgreSQL. */
@OnPostgres
class MeetingOnPostgresIT extends MeetingIT {}

package vn.chibo.bot.e2e;

/** A minute-taker's meeting confirmed by the secretary, on PostgreSQL. */
@OnPostgres
class MeetingConfirmationOnPostgresIT extends MeetingConfirmationIT {}

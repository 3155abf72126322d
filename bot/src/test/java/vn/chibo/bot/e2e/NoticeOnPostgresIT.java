package vn.chibo.bot.e2e;

/**
 * Notices on PostgreSQL: members joining, answers replaced, the follow-ups claimed once, the roll call from the
 * answers, the materials sent afterwards.
 */
@OnPostgres
class NoticeOnPostgresIT extends NoticeIT {}

package vn.chibo.bot.e2e;

/** Linked groups on PostgreSQL: the notice without private detail, the committee's digest. */
@OnPostgres
class GroupOnPostgresIT extends GroupIT {}

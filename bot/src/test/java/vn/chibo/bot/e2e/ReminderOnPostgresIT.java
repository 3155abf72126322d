package vn.chibo.bot.e2e;

/** The reminder scenarios on PostgreSQL: Quartz's JDBC store with the PostgreSQL delegate, clustered, and the delivery queue. */
@OnPostgres
class ReminderOnPostgresIT extends ReminderIT {}

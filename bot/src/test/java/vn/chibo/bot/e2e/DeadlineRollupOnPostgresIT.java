package vn.chibo.bot.e2e;

/** A deadline for a committee's direct subordinates, handed down and rolled up, on PostgreSQL. */
@OnPostgres
class DeadlineRollupOnPostgresIT extends DeadlineRollupIT {}

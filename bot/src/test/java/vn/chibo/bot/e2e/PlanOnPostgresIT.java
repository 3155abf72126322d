package vn.chibo.bot.e2e;

/** The year's plan on PostgreSQL: registrations, the planned topic offered and matched, the nudge once a day. */
@OnPostgres
class PlanOnPostgresIT extends PlanIT {}

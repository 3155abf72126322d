package vn.chibo.bot.e2e;

/** A member's life events on PostgreSQL: recognition, temporary attendance, a death, and what follows them. */
@OnPostgres
class LifeEventOnPostgresIT extends LifeEventIT {}

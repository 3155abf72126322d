package vn.chibo.bot.e2e;

/** The upgrade from the previous release on PostgreSQL: its migrations, data and work in flight, migrated and served. */
@OnPostgres
class UpgradeOnPostgresIT extends UpgradeIT {}

package vn.chibo.bot.e2e;

/** The Buttons scenarios on PostgreSQL. */
@OnPostgres
class ButtonsOnPostgresIT extends ButtonsIT {}

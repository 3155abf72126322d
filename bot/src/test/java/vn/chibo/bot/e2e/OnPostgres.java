package vn.chibo.bot.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs an end-to-end test class on a real PostgreSQL (a fresh database on {@link TestPostgres}) with chibo's
 * {@code postgres} profile, instead of H2. Put on a subclass of an H2 test to run the same scenarios on both.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface OnPostgres {}

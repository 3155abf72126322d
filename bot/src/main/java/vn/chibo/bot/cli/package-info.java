/** Command-line tasks run by the same jar: {@code java -jar chibo.jar import FILE}. */
package vn.chibo.bot.cli;

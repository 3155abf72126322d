/** The database under chibo: what must be on disk before anything leaves the process, H2's backups and its orderly close. */
package vn.chibo.bot.storage;

package vn.chibo.bot.chat;

/**
 * A conversation in progress in one chat. {@code version} grows at every step and never repeats in a
 * chat, so a button carrying an older version is recognised as stale or already pressed.
 */
public record Conversation(long chatId, long userId, String flow, String step, int version, String data) {}

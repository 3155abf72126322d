package vn.chibo.bot.chat;

import java.time.Instant;

/**
 * A conversation in progress in one chat. {@code version} grows at every step and never repeats in a
 * chat, so a button carrying an older version is recognised as stale or already pressed. {@code updatedAt}: when it
 * last moved, so what it has shown since can be found among the messages sent.
 */
public record Conversation(
        long chatId, long userId, String flow, String step, int version, String data, Instant updatedAt) {}

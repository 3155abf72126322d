package vn.chibo.bot.delivery;

/** What became of one Bot API call, in the terms the dispatcher acts on. */
sealed interface SendResult {

    /** Done; {@code messageId} of the sent or edited message when Telegram returned one. */
    record Sent(Integer messageId) implements SendResult {}

    /** 429: wait exactly {@code seconds}, then try again. */
    record RetryAfter(int seconds) implements SendResult {}

    /** 5xx, timeout, broken connection or an unreadable answer: try again later. */
    record Transient(String error) implements SendResult {}

    /** 403: the person blocked the bot or the chat is gone. */
    record Blocked(String error) implements SendResult {}

    /** Another 4xx: the request itself is wrong and will never succeed. */
    record Rejected(String error) implements SendResult {}
}

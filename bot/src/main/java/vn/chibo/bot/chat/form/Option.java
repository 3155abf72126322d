package vn.chibo.bot.chat.form;

/** One choice: {@code label} on the button, {@code value} kept in the answers (e.g. an id). */
public record Option(String label, String value) {}

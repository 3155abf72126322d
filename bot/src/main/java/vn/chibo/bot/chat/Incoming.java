package vn.chibo.bot.chat;

/**
 * One thing a person did, in the bot's own terms: typed text or a command, pressed a button, sent a file,
 * blocked or unblocked the bot. {@code messageId} is the person's message, or for a button press the
 * bot's message that carried the button ({@code text} is then that message's text, when Telegram still has it).
 */
public record Incoming(
        long updateId,
        long chatId,
        long userId,
        String userName,
        boolean privateChat,
        Kind kind,
        String text,
        String command,
        String commandArgs,
        String callbackId,
        String callbackData,
        Integer messageId,
        String fileId,
        String fileName) {

    public enum Kind {
        TEXT,
        COMMAND,
        CALLBACK,
        DOCUMENT,
        PHOTO,
        BLOCKED,
        UNBLOCKED,
        /** The bot was added to a group (by {@code userId}). */
        GROUP_JOINED,
        /** The bot left a group, or was removed or banned from it. */
        GROUP_LEFT,
        OTHER
    }

    /** A file sent as an .xlsx or .csv document (a roster, a dues book). */
    public boolean isSpreadsheet() {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        return kind == Kind.DOCUMENT && (name.endsWith(".xlsx") || name.endsWith(".csv"));
    }

    public boolean isCommand(String name) {
        return kind == Kind.COMMAND && name.equals(command);
    }
}

package vn.chibo.scheduler.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into pieces Telegram accepts (4,096 UTF-16 units a message), preferring a paragraph break,
 * then a line break, then a space, and never splitting a surrogate pair.
 */
public final class MessageSplitter {

    public static final int TELEGRAM_LIMIT = 4096;

    private MessageSplitter() {}

    public static List<String> split(String text, int limit) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = cutPoint(rest, limit);
            pieces.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || pieces.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /** Splits an outgoing text message; buttons stay on the last piece, where the reader ends up. */
    static List<Outgoing> split(Outgoing message) {
        if (message.text() == null || message.text().length() <= TELEGRAM_LIMIT) {
            return List.of(message);
        }
        List<String> pieces = split(message.text(), TELEGRAM_LIMIT);
        List<Outgoing> parts = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            boolean last = i == pieces.size() - 1;
            Outgoing part = i == 0 && message.kind() == Outgoing.Kind.EDIT_TEXT
                    ? Outgoing.edit(
                            message.chatId(), message.messageId(), pieces.get(0), last ? message.keyboard() : List.of())
                    : Outgoing.text(message.chatId(), pieces.get(i), last ? message.keyboard() : List.of());
            parts.add(message.confidential() ? part.holdingASecret() : part);
        }
        return parts;
    }

    private static int cutPoint(String text, int limit) {
        int floor = limit / 2;
        for (String separator : new String[] {"\n\n", "\n", " "}) {
            int at = text.lastIndexOf(separator, limit - separator.length());
            if (at >= floor) {
                return at + separator.length();
            }
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}

package vn.chibo.localapi;

import java.util.List;

/**
 * A message as a person sees it in a chat: who sent it, its text or caption, its inline keyboard, an
 * attached file. {@code editCount} grows with each edit; a deleted message is gone from the chat.
 */
public record ChatMessage(
        int messageId,
        long chatId,
        boolean fromBot,
        long date,
        String text,
        List<List<InlineButton>> keyboard,
        StoredFile file,
        int editCount) {

    public record InlineButton(String text, String callbackData, String url) {}

    public boolean hasButton(String label) {
        return keyboard.stream().flatMap(List::stream).anyMatch(b -> b.text().equals(label));
    }

    public InlineButton button(String label) {
        return keyboard.stream()
                .flatMap(List::stream)
                .filter(b -> b.text().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No button '" + label + "' on: " + text));
    }

    ChatMessage edited(String newText, List<List<InlineButton>> newKeyboard) {
        return new ChatMessage(messageId, chatId, fromBot, date, newText, newKeyboard, file, editCount + 1);
    }
}

package vn.chibo.bot.text;

import org.springframework.stereotype.Component;
import vn.chibo.content.text.VietnameseMessages;

/**
 * Every user-facing sentence, from messages_vi.properties. Pass ids and numbers that must not be
 * grouped ("1.234") as strings. A missing key fails loudly in tests, never silently in chat.
 */
@Component
public class Texts {

    static final String BUNDLE = "messages";

    private final VietnameseMessages messages = new VietnameseMessages(BUNDLE);

    public String t(String key, Object... args) {
        return messages.t(key, args);
    }
}

package vn.chibo.bot.text;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Every user-facing sentence, from messages_vi.properties. Pass ids and numbers that must not be
 * grouped ("1.234") as strings. A missing key fails loudly in tests, never silently in chat.
 */
@Component
public class Texts {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String BUNDLE = "messages";

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    Texts() {
        messages.setBasename(BUNDLE);
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(VIETNAMESE);
    }

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}

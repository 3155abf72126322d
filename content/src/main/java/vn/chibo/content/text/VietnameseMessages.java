package vn.chibo.content.text;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Sentences read from a {@code <basename>_vi.properties} bundle (UTF-8), the one way every module says things in
 * Vietnamese. Pass ids and numbers that must not be grouped ("1.234") as strings. A missing key throws: tests find it,
 * a person never sees a key.
 */
public final class VietnameseMessages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    public VietnameseMessages(String basename) {
        messages.setBasename(basename);
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(VIETNAMESE);
    }

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}

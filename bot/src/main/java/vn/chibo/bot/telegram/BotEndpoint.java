package vn.chibo.bot.telegram;

import java.net.URI;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Where the Bot API is and the token to use there. {@link #toString()} never shows the token. */
public record BotEndpoint(String token, String apiUrl) {

    public TelegramUrl telegramUrl() {
        URI uri = URI.create(apiUrl);
        if (uri.getHost() == null || uri.getScheme() == null) {
            throw new IllegalArgumentException("CHIBO_BOT_API_URL must be scheme://host[:port], got " + apiUrl);
        }
        if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
            throw new IllegalArgumentException(
                    "CHIBO_BOT_API_URL takes scheme, host and port only, no path: " + apiUrl);
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }

    /** Replaces the token wherever it appears in {@code text}: for log lines built from library messages. */
    public String redact(String text) {
        return text == null || token.isEmpty() ? text : text.replace(token, "<token>");
    }

    @Override
    public String toString() {
        return "BotEndpoint[" + apiUrl + "]";
    }
}

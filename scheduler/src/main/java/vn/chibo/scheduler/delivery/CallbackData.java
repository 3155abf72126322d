package vn.chibo.scheduler.delivery;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;

/**
 * The data a button sends back when pressed. Telegram allows at most 64 bytes; a longer value cannot be
 * constructed, so no keyboard can ever be rejected for it.
 */
public record CallbackData(String value) {

    public static final int MAX_BYTES = 64;

    @JsonCreator
    public CallbackData {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("Callback data must not be empty");
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("Callback data is " + bytes + " bytes, Telegram allows " + MAX_BYTES);
        }
    }

    /** Joins parts with ':' — the one encoding every handler parses. */
    public static CallbackData of(Object... parts) {
        var joined = new StringBuilder();
        for (Object part : parts) {
            if (joined.length() > 0) {
                joined.append(':');
            }
            joined.append(part);
        }
        return new CallbackData(joined.toString());
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }
}

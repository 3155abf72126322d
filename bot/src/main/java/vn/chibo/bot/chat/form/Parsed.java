package vn.chibo.bot.chat.form;

import java.util.ArrayList;
import java.util.List;

/**
 * The reading of a typed answer: a value and its label, or the Vietnamese sentence saying what is wrong. {@code also}
 * holds later questions the same text answered ("14h - 16h30" answers the start and the end): the form records them
 * and does not ask them, until the answer that gave them changes.
 */
public record Parsed(String value, String label, String error, List<Also> also) {

    /** A later question answered by the same text. */
    public record Also(String key, String value, String label) {}

    public Parsed {
        also = List.copyOf(also);
    }

    public static Parsed ok(String value, String label) {
        return new Parsed(value, label, null, List.of());
    }

    public static Parsed ok(String value) {
        return new Parsed(value, value, null, List.of());
    }

    public static Parsed wrong(String error) {
        return new Parsed(null, null, error, List.of());
    }

    /** The same reading, answering {@code key} too. */
    public Parsed and(String key, String value, String label) {
        List<Also> more = new ArrayList<>(also);
        more.add(new Also(key, value, label));
        return new Parsed(this.value, this.label, error, more);
    }
}

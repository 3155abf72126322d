package vn.chibo.bot.meeting;

import java.util.List;
import java.util.regex.Pattern;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.content.roster.Fold;

/**
 * Finds a person among options by the name a secretary types: in full or by its last words ("Hoa", "Thị Hoa"), with
 * or without diacritics and capitals, with or without "đồng chí" / "đ/c" before it.
 */
final class Names {

    /** "đồng chí", "đ/c", "đc", as they read once folded. */
    private static final Pattern TITLE = Pattern.compile("^(?:dong chi|d/c|dc)\\s+");

    private Names() {}

    /** The name without a leading "đồng chí" or "đ/c". */
    static String withoutTitle(String name) {
        String stripped = name.strip();
        String folded = Fold.of(stripped);
        var m = TITLE.matcher(folded);
        if (!m.find()) {
            return stripped;
        }
        // The title is ASCII once folded, and folding keeps one character per letter of a word, so cut as many words.
        int words = m.group().strip().split(" ").length;
        String[] parts = stripped.split("\\s+", words + 1);
        return parts.length > words ? parts[words].strip() : stripped;
    }

    /** The options whose label is {@code typed}, or ends with it word for word; exact matches win. */
    static List<Option> matching(String typed, List<Option> options) {
        String want = Fold.of(withoutTitle(typed));
        if (want.isEmpty()) {
            return List.of();
        }
        List<Option> exact =
                options.stream().filter(o -> Fold.of(o.label()).equals(want)).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return options.stream()
                .filter(o -> Fold.of(o.label()).endsWith(" " + want))
                .toList();
    }
}

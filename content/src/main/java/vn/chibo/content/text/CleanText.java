package vn.chibo.content.text;

import java.text.Normalizer;

/**
 * Text as chibo keeps it. Vietnamese can arrive composed ("ộ" one character) or decomposed ("o" and two marks) and
 * look the same; chibo keeps the composed form (NFC), so a name typed on one phone matches the same name imported from
 * a file. Names also lose what cannot be seen: zero-width and direction marks, control characters.
 */
public final class CleanText {

    private CleanText() {}

    /** {@code raw} in the composed form (NFC); null stays null. */
    public static String composed(String raw) {
        return raw == null || Normalizer.isNormalized(raw, Normalizer.Form.NFC)
                ? raw
                : Normalizer.normalize(raw, Normalizer.Form.NFC);
    }

    /**
     * A name or a title: composed, without invisible format or control characters, with every run of spaces made one
     * space and none at either end.
     */
    public static String name(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(raw.length());
        composed(raw).codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if (type != Character.FORMAT && type != Character.CONTROL) {
                kept.appendCodePoint(c);
            }
        });
        return kept.toString().strip().replaceAll(" +", " ");
    }
}

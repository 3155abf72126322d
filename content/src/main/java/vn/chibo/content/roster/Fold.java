package vn.chibo.content.roster;

import java.text.Normalizer;
import java.util.Locale;

/** Folds Vietnamese text for lenient matching: lower case, no diacritics, đ as d, single spaces. */
public final class Fold {

    private Fold() {}

    public static String of(String text) {
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd').replaceAll("\\s+", " ");
    }
}

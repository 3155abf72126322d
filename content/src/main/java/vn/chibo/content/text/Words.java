package vn.chibo.content.text;

/** The content module's own sentences, from {@code vn/chibo/content/words_vi.properties}. */
public final class Words {

    private static final VietnameseMessages WORDS = new VietnameseMessages("vn.chibo.content.words");

    private Words() {}

    public static String t(String key, Object... args) {
        return WORDS.t(key, args);
    }
}

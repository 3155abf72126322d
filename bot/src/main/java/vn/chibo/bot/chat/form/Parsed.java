package vn.chibo.bot.chat.form;

/** The reading of a typed answer: a value and its label, or the Vietnamese sentence saying what is wrong. */
public record Parsed(String value, String label, String error) {
    public static Parsed ok(String value, String label) {
        return new Parsed(value, label, null);
    }

    public static Parsed ok(String value) {
        return new Parsed(value, value, null);
    }

    public static Parsed wrong(String error) {
        return new Parsed(null, null, error);
    }
}

package vn.chibo.scheduler.delivery;

/** An inline button: it either sends {@code data} back to the bot, or opens {@code url}. */
public record Button(String label, CallbackData data, String url) {

    public static Button callback(String label, CallbackData data) {
        return new Button(label, data, null);
    }

    public static Button link(String label, String url) {
        return new Button(label, null, url);
    }
}

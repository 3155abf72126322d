package vn.chibo.bot.chat.form;

import java.util.List;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * What pressing "save" answers: a sentence for the summary card's place, anything more to send (a document),
 * whether something was saved at all ({@code done} false: refused because the world changed meanwhile), and the
 * short notice the pressed button shows (null: none).
 */
public record Saved(String text, List<Outgoing> more, boolean done, String toast) {

    public Saved(String text, List<Outgoing> more) {
        this(text, more, true, null);
    }

    public static Saved text(String text) {
        return new Saved(text, List.of(), true, null);
    }

    /** Nothing was saved; {@code why} says so. */
    public static Saved refused(String why) {
        return new Saved(why, List.of(), false, null);
    }

    /** The same, with {@code toast} shown on the button pressed. */
    public Saved withToast(String toast) {
        return new Saved(text, more, done, toast);
    }
}

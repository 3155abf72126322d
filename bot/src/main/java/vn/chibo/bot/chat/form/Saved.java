package vn.chibo.bot.chat.form;

import java.util.List;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * What pressing "save" answers: a sentence for the summary card's place, anything more to send (a document),
 * whether something was saved at all ({@code done} false: refused because the world changed meanwhile), the short
 * notice the pressed button shows (null: none), and whether the text holds a secret.
 */
public record Saved(String text, List<Outgoing> more, boolean done, String toast, boolean secret) {

    public Saved(String text, List<Outgoing> more) {
        this(text, more, true, null, false);
    }

    public static Saved text(String text) {
        return new Saved(text, List.of(), true, null, false);
    }

    /** Nothing was saved; {@code why} says so. */
    public static Saved refused(String why) {
        return new Saved(why, List.of(), false, null, false);
    }

    /** The same, with {@code toast} shown on the button pressed. */
    public Saved withToast(String toast) {
        return new Saved(text, more, done, toast, secret);
    }

    /** The same; the text holds a secret (an invitation link), which the delivery queue forgets once it is sent. */
    public Saved holdingASecret() {
        return new Saved(text, more, done, toast, true);
    }
}

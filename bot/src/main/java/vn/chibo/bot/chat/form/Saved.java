package vn.chibo.bot.chat.form;

import java.util.List;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * What pressing "save" answers: a sentence for the summary card's place, anything more to send (a document),
 * and whether something was saved at all ({@code done} false: refused because the world changed meanwhile).
 */
public record Saved(String text, List<Outgoing> more, boolean done) {

    public Saved(String text, List<Outgoing> more) {
        this(text, more, true);
    }

    public static Saved text(String text) {
        return new Saved(text, List.of(), true);
    }

    /** Nothing was saved; {@code why} says so. */
    public static Saved refused(String why) {
        return new Saved(why, List.of(), false);
    }
}

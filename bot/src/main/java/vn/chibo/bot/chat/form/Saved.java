package vn.chibo.bot.chat.form;

import java.util.List;
import vn.chibo.scheduler.delivery.Outgoing;

/** What saving a form answers: a sentence for the summary card's place, and anything more to send (a document). */
public record Saved(String text, List<Outgoing> more) {

    public static Saved text(String text) {
        return new Saved(text, List.of());
    }
}

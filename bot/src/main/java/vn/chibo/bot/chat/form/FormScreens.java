package vn.chibo.bot.chat.form;

import java.util.List;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * Turns a form's {@link Screen} into what is sent: every button carries the conversation's version, and a screen
 * reached by a button press replaces the message that carried the button, while one reached by typing is a new
 * message.
 */
final class FormScreens {

    private FormScreens() {}

    static List<Outgoing> render(Incoming in, Screen screen, int version) {
        return reply(in, screen.text(), keyboard(screen, version), null);
    }

    /** The screen as a new message, whatever the input (the pressed message keeps what it says). */
    static List<Outgoing> renderNew(Incoming in, Screen screen, int version) {
        return List.of(Outgoing.text(in.chatId(), screen.text(), keyboard(screen, version)));
    }

    private static List<List<Button>> keyboard(Screen screen, int version) {
        return screen.rows().stream()
                .map(row -> row.stream()
                        .map(key -> Button.callback(
                                key.label(), new FormButton(version, key.action(), key.index()).encode()))
                        .toList())
                .toList();
    }

    /** Edits the message whose button was pressed, which shows {@code toast} (null: none); answers typed text anew. */
    static List<Outgoing> reply(Incoming in, String text, List<List<Button>> keyboard, String toast) {
        if (in.kind() != Incoming.Kind.CALLBACK) {
            return List.of(Outgoing.text(in.chatId(), text, keyboard));
        }
        Outgoing answer = Outgoing.answer(in.chatId(), in.callbackId(), toast, false);
        if (in.messageId() == null) {
            return List.of(answer, Outgoing.text(in.chatId(), text, keyboard));
        }
        return List.of(answer, Outgoing.edit(in.chatId(), in.messageId(), text, keyboard));
    }
}

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

    /**
     * A question answered by a press: the pressed message keeps the prompt with the answer and loses its buttons,
     * and {@code next} comes as a new message below it, as a chat keeps what was chosen.
     */
    static List<Outgoing> answeredThenNext(Incoming in, String prompt, String answer, Screen next, int version) {
        Outgoing stopSpinner = Outgoing.answer(in.chatId(), in.callbackId(), null, false);
        Outgoing shown = Outgoing.text(in.chatId(), next.text(), keyboard(next, version));
        if (in.messageId() == null) {
            return List.of(stopSpinner, shown);
        }
        return List.of(
                stopSpinner, Outgoing.edit(in.chatId(), in.messageId(), answered(prompt, answer), List.of()), shown);
    }

    /**
     * Typed input moved the form on: the question message still showing buttons ({@code question}, null if none is
     * known) loses them, keeping the prompt and the answer when the text answered it, and {@code next} is a new
     * message.
     */
    static List<Outgoing> typedThenNext(
            Incoming in, Integer question, String prompt, String answer, Screen next, int version) {
        Outgoing shown = Outgoing.text(in.chatId(), next.text(), keyboard(next, version));
        if (question == null) {
            return List.of(shown);
        }
        Outgoing before = answer == null
                ? Outgoing.removeButtons(in.chatId(), question)
                : Outgoing.edit(in.chatId(), question, answered(prompt, answer), List.of());
        return List.of(before, shown);
    }

    /** The most of an answer shown under its question; a long list of names is cut. */
    static final int ANSWER_SHOWN = 1000;

    /** "Đây là buổi sinh hoạt nào? ✓ Chuyên đề": the question (up to its question mark), then the answer. */
    static String answered(String prompt, String answer) {
        String question = prompt.split("\n\n", 2)[0].strip();
        int asks = question.indexOf('?');
        if (asks > 0) {
            // The question itself, without the hint on how to answer it ("Bấm nút, hoặc gõ …"), now moot.
            question = question.substring(0, asks + 1);
        }
        String shown = answer.length() > ANSWER_SHOWN ? answer.substring(0, ANSWER_SHOWN - 1) + "…" : answer;
        return question + "\n✓ " + shown;
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

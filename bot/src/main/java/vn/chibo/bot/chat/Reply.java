package vn.chibo.bot.chat;

import java.util.List;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.Outgoing;

/** Small helpers for the replies flows build most often. */
public final class Reply {

    private Reply() {}

    public static List<Outgoing> text(Incoming in, String text) {
        return List.of(Outgoing.text(in.chatId(), text));
    }

    public static List<Outgoing> text(Incoming in, String text, List<List<Button>> keyboard) {
        return List.of(Outgoing.text(in.chatId(), text, keyboard));
    }

    /** Answers a button press: edits the message that carried the button, and stops the button's spinner. */
    public static List<Outgoing> editAndAnswer(Incoming in, String text, List<List<Button>> keyboard, String toast) {
        Outgoing answer = Outgoing.answer(in.chatId(), in.callbackId(), toast, false);
        if (in.messageId() == null) {
            return List.of(answer, Outgoing.text(in.chatId(), text, keyboard));
        }
        return List.of(answer, Outgoing.edit(in.chatId(), in.messageId(), text, keyboard));
    }

    public static List<Outgoing> answer(Incoming in, String toast, boolean alert) {
        return List.of(Outgoing.answer(in.chatId(), in.callbackId(), toast, alert));
    }
}

package vn.chibo.bot.chat.form;

import java.util.List;

/**
 * What a form or a flow shows next, before it is addressed to a chat: the text and the buttons, each button an action
 * (and the index it points at). The renderer adds the conversation's version to every button.
 */
public record Screen(String text, List<List<Key>> rows) {

    /** One button: its label and what pressing it does. */
    public record Key(String label, Action action, int index) {
        public static Key of(String label, Action action) {
            return new Key(label, action, FormButton.NO_INDEX);
        }
    }
}

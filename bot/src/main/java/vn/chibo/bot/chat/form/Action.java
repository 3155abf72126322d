package vn.chibo.bot.chat.form;

import java.util.Arrays;
import java.util.Optional;

/** What a form's button does. On the wire each is one letter, followed by an index where it points at an option. */
public enum Action {
    /** Picks the option at the index of a choice. */
    CHOOSE('o', true),
    /** Switches the option at the index of a toggle question on or off. */
    TOGGLE('t', true),
    /** Answers a typed question with the ready answer at the index. */
    QUICK('q', true),
    /** Changes, from the summary card, the question at the index of the editable ones; on a list, opens that filter. */
    EDIT('e', true),
    /** Shows the page at the index. */
    PAGE('p', true),
    /** Ends a toggle, a several-message text or the photos. */
    DONE('d', false),
    /** Leaves an optional question unanswered; on a list's filter, picks "all". */
    SKIP('s', false),
    BACK('b', false),
    CANCEL('x', false),
    SAVE('k', false),
    /** Clears every filter of a list. */
    CLEAR('c', false),
    /** Sends what a list selects as a file. */
    EXPORT('w', false);

    private final char letter;
    private final boolean indexed;

    Action(char letter, boolean indexed) {
        this.letter = letter;
        this.indexed = indexed;
    }

    char letter() {
        return letter;
    }

    boolean indexed() {
        return indexed;
    }

    static Optional<Action> of(char letter) {
        return Arrays.stream(values()).filter(a -> a.letter == letter).findFirst();
    }
}

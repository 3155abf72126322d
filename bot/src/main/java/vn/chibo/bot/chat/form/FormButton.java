package vn.chibo.bot.chat.form;

import java.util.Optional;
import vn.chibo.bot.chat.ButtonData;
import vn.chibo.scheduler.delivery.CallbackData;

/**
 * A form's button as its data carries it: {@code f:<version>:<action letter>[<index>]}. Encoded and parsed here
 * only; a version other than the conversation's means the button is stale or was pressed already.
 */
record FormButton(int version, Action action, int index) {

    static final String PREFIX = "f";
    static final int NO_INDEX = -1;

    CallbackData encode() {
        return CallbackData.of(
                PREFIX, version, action.indexed() ? action.letter() + Integer.toString(index) : action.letter());
    }

    /** The button pressed, if {@code data} is a well-formed form button; anything else is empty. */
    static Optional<FormButton> parse(ButtonData data) {
        if (!data.prefix().equals(PREFIX) || data.size() != 2 || !data.field(0).matches("\\d{1,9}")) {
            return Optional.empty();
        }
        String code = data.field(1);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<Action> action = Action.of(code.charAt(0));
        String rest = code.substring(1);
        if (action.isEmpty() || (action.get().indexed() ? !rest.matches("\\d{1,4}") : !rest.isEmpty())) {
            return Optional.empty();
        }
        int index = action.get().indexed() ? Integer.parseInt(rest) : NO_INDEX;
        return Optional.of(new FormButton(Integer.parseInt(data.field(0)), action.get(), index));
    }
}

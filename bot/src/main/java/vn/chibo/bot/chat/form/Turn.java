package vn.chibo.bot.chat.form;

/** What one input does to a {@link Flow}, decided without touching storage; {@link Flows} stores and renders it. */
public sealed interface Turn<S> {

    /**
     * Shows {@code screen}, the flow now at {@code state} on its step {@code step} (one of {@link Flow#steps()}): in
     * place of the pressed message, or as a new one.
     */
    record Show<S>(String step, S state, Screen screen) implements Turn<S> {}

    /** A sentence in reply (a new message); the flow stays where it was. */
    record Say<S>(String text) implements Turn<S> {}

    /** The pressed button's notice only ({@code alert}: one the person must dismiss); the flow stays. */
    record Toast<S>(String text, boolean alert) implements Turn<S> {}

    /** A file sent beside the screen, which stays as it is (an export). */
    record Attach<S>(String fileName, byte[] content, String caption) implements Turn<S> {}

    /**
     * The flow ends, saying {@code text} in place of the pressed message or as a new one; {@code secret}: the text
     * carries a secret (an invitation link), which the delivery queue forgets once Telegram has it.
     */
    record End<S>(String text, boolean secret) implements Turn<S> {
        public End(String text) {
            this(text, false);
        }
    }

    /** Typed text the flow does not take: the router's "use the buttons". */
    record UseButtons<S>() implements Turn<S> {}

    /** A file the flow does not take: the router offers it to others. */
    record NotTaken<S>() implements Turn<S> {}
}

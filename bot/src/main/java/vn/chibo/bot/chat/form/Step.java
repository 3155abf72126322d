package vn.chibo.bot.chat.form;

/**
 * What one input does to a form, decided by {@link FormStep} without touching storage: the runner stores the
 * conversation once and renders the outcome.
 */
sealed interface Step {

    /**
     * Shows {@code screen} with the form now at {@code state}. {@code sameButtons}: the buttons on screen stay valid
     * (switching names on a toggle changes the answer, not the question), so the conversation keeps its version.
     */
    record Show(FormState state, Screen screen, boolean sameButtons) implements Step {}

    /** Every answer is in and confirmed: save. */
    record Save(FormState state) implements Step {}

    /** The form ends without saving, saying {@code text} (cancelled, refused, nothing to choose from). */
    record End(String text) implements Step {}

    /** A sentence in reply; the form stays where it was. */
    record Say(String text) implements Step {}

    /** A press that changes nothing (stale, or not valid here): its toast only. */
    record Stale() implements Step {}
}

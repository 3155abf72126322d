package vn.chibo.bot.chat.form;

import java.util.List;
import java.util.Optional;
import vn.chibo.bot.chat.form.Screen.Key;
import vn.chibo.content.access.Actor;

/**
 * Drives one form through {@link FormStep} in memory, as a person would from a phone (type, tap a label), in the
 * manner of TelegramBots' TestReplyFlow: after each input, the exact screen and the form's state can be asserted. No
 * server, no database: the form's collaborators are whatever the test gives it.
 */
public final class FlowTester {

    private final Form form;
    private final Actor actor;
    private final FormStep step = new FormStep(TestTexts.real());
    private FormState state = new FormState();
    private Step last;

    private FlowTester(Form form, Actor actor) {
        this.form = form;
        this.actor = actor;
    }

    /** Answers as a form would have them, for testing what reads them. */
    public static Answers answersOf(java.util.Map<String, String> values, java.util.Map<String, String> labels) {
        return new Answers(values, labels);
    }

    /** Opens {@code form} as {@code actor}. */
    public static FlowTester open(Form form, Actor actor) {
        FlowTester tester = new FlowTester(form, actor);
        tester.last = tester.step.begin(form, tester.state, actor);
        return tester;
    }

    public FlowTester types(String text) {
        last = step.typed(form, state, text, actor);
        return this;
    }

    public FlowTester sendsPhoto(String fileId) {
        last = step.photo(form, state, fileId, false, actor);
        return this;
    }

    public FlowTester sendsDocument(String fileId) {
        last = step.photo(form, state, fileId, true, actor);
        return this;
    }

    /** Taps the button labelled {@code label} on the screen shown last. */
    public FlowTester taps(String label) {
        Key key = keys().stream()
                .filter(k -> k.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No button '" + label + "' on: " + text() + " " + buttons()));
        last = step.pressed(form, state, key.action(), key.index(), actor);
        return this;
    }

    /** A press built by hand, as from a stale or forged button. */
    public FlowTester presses(Action action, int index) {
        last = step.pressed(form, state, action, index, actor);
        return this;
    }

    public Step outcome() {
        return last;
    }

    /** The text shown: the screen's, or the sentence of an ending or a reply. */
    public String text() {
        if (last instanceof Step.Show show) {
            return show.screen().text();
        }
        if (last instanceof Step.End end) {
            return end.text();
        }
        if (last instanceof Step.Say say) {
            return say.text();
        }
        return last.toString();
    }

    public List<String> buttons() {
        return keys().stream().map(Key::label).toList();
    }

    /** The key of the question on screen, or "summary" once every answer is in. */
    public String question() {
        return state.step >= form.questions().size()
                ? "summary"
                : form.questions().get(state.step).key();
    }

    public Answers answers() {
        return state.answers();
    }

    /** The answers as they would be saved, once the last step was a save. */
    public Optional<Answers> saved() {
        return last instanceof Step.Save save ? Optional.of(save.state().answers()) : Optional.empty();
    }

    private List<Key> keys() {
        return last instanceof Step.Show show
                ? show.screen().rows().stream().flatMap(List::stream).toList()
                : List.of();
    }
}

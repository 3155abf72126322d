package vn.chibo.bot.chat.form;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.chibo.content.access.Actor;

/**
 * One step of a form, declared with named steps that read as a sentence:
 *
 * <pre>{@code
 * Question.text("end").prompt(a -> texts.t("meeting.ask.end")).parseSeeing(this::endTime).skippable()
 * Question.choose("chair").prompt(...).options((a, actor) -> members(actor)).when(a -> a.has("kind"))
 * }</pre>
 *
 * Each step returns a new question; nothing is set by position.
 */
public sealed interface Question {

    String key();

    /** What the question asks, given the answers so far. */
    Function<Answers, String> prompt();

    /** Whether to ask it, given the answers so far. */
    boolean asks(Answers answers);

    /** A question answered by picking one option; typing filters them. A question with one option answers itself. */
    static Choose choose(String key) {
        return new Choose(key, a -> "", (a, actor) -> List.of(), a -> true);
    }

    /**
     * A question the form answers itself, from who the person is (the cell a secretary acts for): never shown (a
     * choice of one option answers itself), but kept with the answers like any other, so saving can check it still
     * holds.
     */
    static Choose pinned(String key, BiFunction<Answers, Actor, Option> answer) {
        return choose(key).options((a, actor) -> List.of(answer.apply(a, actor)));
    }

    /**
     * The unit the person acts for now, pinned (a secretary's cell, for the forms that work on it alone): kept with the
     * answers, so saving can check the person still acts for it.
     */
    static Choose actingUnit(String key) {
        return pinned(
                key,
                (a, actor) -> new Option(
                        actor.acting().unit().name(),
                        Long.toString(actor.acting().unit().id())));
    }

    /** A question answered by typing; by default any non-blank text is the answer. */
    static Type text(String key) {
        return new Type(key, a -> "", (text, a) -> Parsed.ok(text), false, a -> true, (a, actor) -> List.of(), 0);
    }

    /** Switches, one per option (☑ / ☐), ended by "Xong". */
    static Toggle toggle(String key) {
        return new Toggle(key, a -> "", (a, actor) -> List.of(), a -> true, (value, a) -> null, (a, actor) -> Set.of());
    }

    /** Photos, collected until "Xong"; may be skipped. */
    static Photos photos(String key) {
        return new Photos(key, a -> "", Photos.MAX, Integer.MAX_VALUE, false);
    }

    /** Documents (files sent as files), collected until "Xong"; may be skipped. */
    static Photos documents(String key, int max) {
        return new Photos(key, a -> "", max, Integer.MAX_VALUE, true);
    }

    /** Asks to pick one of {@code options}. */
    record Choose(
            String key,
            Function<Answers, String> prompt,
            BiFunction<Answers, Actor, List<Option>> options,
            Predicate<Answers> when)
            implements Question {

        public Choose prompt(Function<Answers, String> prompt) {
            return new Choose(key, prompt, options, when);
        }

        public Choose options(BiFunction<Answers, Actor, List<Option>> options) {
            return new Choose(key, prompt, options, when);
        }

        /** Asked only when {@code condition} holds for the answers so far; otherwise passed over and forgotten. */
        public Choose when(Predicate<Answers> condition) {
            return new Choose(key, prompt, options, condition);
        }

        @Override
        public boolean asks(Answers answers) {
            return when.test(answers);
        }
    }

    /**
     * Asks to type an answer, read by {@code parser} (which sees the answers so far). {@code quick} offers ready answers
     * as buttons; {@code optional} adds "Bỏ qua"; {@code total}, when not 0, collects several messages until "Xong", up
     * to that many characters in all (what the column keeping them holds).
     */
    record Type(
            String key,
            Function<Answers, String> prompt,
            BiFunction<String, Answers, Parsed> parser,
            boolean optional,
            Predicate<Answers> when,
            BiFunction<Answers, Actor, List<Option>> quick,
            int total)
            implements Question {

        /** Whether it collects several messages. */
        public boolean multiple() {
            return total > 0;
        }

        public Type prompt(Function<Answers, String> prompt) {
            return new Type(key, prompt, parser, optional, when, quick, total);
        }

        /** Reads the typed text, or says what is wrong with it. */
        public Type parse(Function<String, Parsed> parser) {
            return parseSeeing((text, a) -> parser.apply(text));
        }

        /** Reads the typed text in the light of earlier answers (an end time after the start). */
        public Type parseSeeing(BiFunction<String, Answers, Parsed> parser) {
            return new Type(key, prompt, parser, optional, when, quick, total);
        }

        public Type skippable() {
            return new Type(key, prompt, parser, true, when, quick, total);
        }

        /** Collects one answer per message until "Xong", {@code total} characters at most in all. */
        public Type several(int total) {
            return new Type(key, prompt, parser, optional, when, quick, total);
        }

        public Type when(Predicate<Answers> condition) {
            return new Type(key, prompt, parser, optional, condition, quick, total);
        }

        /** Ready answers offered as buttons. */
        public Type quick(BiFunction<Answers, Actor, List<Option>> quick) {
            return new Type(key, prompt, parser, optional, when, quick, total);
        }

        @Override
        public boolean asks(Answers answers) {
            return when.test(answers);
        }
    }

    /**
     * Shows {@code options} as switches (☑ / ☐); "Xong" ends. The answer is the comma-joined values switched on.
     * {@code check} sees that answer and the answers so far, and returns what is wrong with it (null: nothing), so
     * "Xong" keeps the question open with that sentence.
     */
    record Toggle(
            String key,
            Function<Answers, String> prompt,
            BiFunction<Answers, Actor, List<Option>> options,
            Predicate<Answers> when,
            BiFunction<String, Answers, String> check,
            BiFunction<Answers, Actor, Set<String>> preset)
            implements Question {

        public Toggle prompt(Function<Answers, String> prompt) {
            return new Toggle(key, prompt, options, when, check, preset);
        }

        public Toggle options(BiFunction<Answers, Actor, List<Option>> options) {
            return new Toggle(key, prompt, options, when, check, preset);
        }

        public Toggle when(Predicate<Answers> condition) {
            return new Toggle(key, prompt, options, condition, check, preset);
        }

        /** What is wrong with the switches as they stand when "Xong" is pressed (null: nothing). */
        public Toggle check(BiFunction<String, Answers, String> check) {
            return new Toggle(key, prompt, options, when, check, preset);
        }

        /** The options switched on when the question is first shown (exempt members marked as not attending). */
        public Toggle preset(BiFunction<Answers, Actor, Set<String>> preset) {
            return new Toggle(key, prompt, options, when, check, preset);
        }

        @Override
        public boolean asks(Answers answers) {
            return when.test(answers);
        }
    }

    /**
     * Collects photos, or documents when {@code documents} (their Telegram file ids, comma-joined), until "Xong"; may
     * be skipped.
     */
    record Photos(String key, Function<Answers, String> prompt, int max, int chars, boolean documents)
            implements Question {

        /** Photos one record keeps at most: a meeting's or a commendation's few, not an album. */
        public static final int MAX = 10;

        public Photos prompt(Function<Answers, String> prompt) {
            return new Photos(key, prompt, max, chars, documents);
        }

        /** Keeps the comma-joined file ids within {@code chars} (the column they are saved in). */
        public Photos within(int chars) {
            return new Photos(key, prompt, max, chars, documents);
        }

        @Override
        public boolean asks(Answers answers) {
            return true;
        }
    }
}

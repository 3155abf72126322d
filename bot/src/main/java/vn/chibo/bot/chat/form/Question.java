package vn.chibo.bot.chat.form;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.chibo.content.access.Actor;

/** One step of a form. */
public sealed interface Question {

    String key();

    /** Whether to ask it, given the answers so far. */
    boolean asks(Answers answers);

    /** Asks to pick one of {@code options}; typing text filters them. A question with one option answers itself. */
    record Choose(
            String key,
            Function<Answers, String> prompt,
            BiFunction<Answers, Actor, List<Option>> options,
            Predicate<Answers> when)
            implements Question {
        public Choose(String key, Function<Answers, String> prompt, BiFunction<Answers, Actor, List<Option>> options) {
            this(key, prompt, options, a -> true);
        }

        @Override
        public boolean asks(Answers answers) {
            return when.test(answers);
        }
    }

    /**
     * Asks to type an answer, read by {@code parser} (which sees the answers so far). {@code quick} offers
     * ready answers as buttons; {@code skippable} adds "Bỏ qua"; {@code several} collects several messages
     * until "Xong".
     */
    record Type(
            String key,
            Function<Answers, String> prompt,
            BiFunction<String, Answers, Parsed> parser,
            boolean skippable,
            Predicate<Answers> when,
            BiFunction<Answers, Actor, List<Option>> quick,
            boolean several)
            implements Question {
        public Type(String key, Function<Answers, String> prompt, Function<String, Parsed> parser, boolean skippable) {
            this(key, prompt, (text, a) -> parser.apply(text), skippable, a -> true, (a, actor) -> List.of(), false);
        }

        public Type(
                String key,
                Function<Answers, String> prompt,
                Function<String, Parsed> parser,
                boolean skippable,
                Predicate<Answers> when) {
            this(key, prompt, (text, a) -> parser.apply(text), skippable, when, (a, actor) -> List.of(), false);
        }

        @Override
        public boolean asks(Answers answers) {
            return when.test(answers);
        }
    }

    /**
     * Shows {@code options} as switches (☑ / ☐); "Xong" ends. The answer is the comma-joined values switched on.
     * {@code check} sees that answer and the answers so far, and returns what is wrong with it (null: nothing),
     * so "Xong" keeps the question open with that sentence.
     */
    record Toggle(
            String key,
            Function<Answers, String> prompt,
            BiFunction<Answers, Actor, List<Option>> options,
            Predicate<Answers> when,
            BiFunction<String, Answers, String> check)
            implements Question {
        public Toggle(
                String key,
                Function<Answers, String> prompt,
                BiFunction<Answers, Actor, List<Option>> options,
                Predicate<Answers> when) {
            this(key, prompt, options, when, (value, answers) -> null);
        }

        @Override
        public boolean asks(Answers answers) {
            return when.test(answers);
        }
    }

    /** Collects photos (their Telegram file ids, comma-joined) until "Xong"; may be skipped. */
    record Photos(String key, Function<Answers, String> prompt) implements Question {
        @Override
        public boolean asks(Answers answers) {
            return true;
        }
    }

    /** The reading of a typed answer: a value and its label, or the Vietnamese sentence saying what is wrong. */
    record Parsed(String value, String label, String error) {
        public static Parsed ok(String value, String label) {
            return new Parsed(value, label, null);
        }

        public static Parsed ok(String value) {
            return new Parsed(value, value, null);
        }

        public static Parsed wrong(String error) {
            return new Parsed(null, null, error);
        }
    }
}

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
    record Choose(String key, Function<Answers, String> prompt, BiFunction<Answers, Actor, List<Option>> options, Predicate<Answers> when)
            implements Question {
        public Choose(String key, Function<Answers, String> prompt, BiFunction<Answers, Actor, List<Option>> options) {
            this(key, prompt, options, a -> true);
        }

        @Override
        public boolean asks(Answers answers) {
            return when.test(answers);
        }
    }

    /** Asks to type an answer, read by {@code parser}; {@code skippable} adds a "Bỏ qua" button. */
    record Type(String key, Function<Answers, String> prompt, Function<String, Parsed> parser, boolean skippable, Predicate<Answers> when)
            implements Question {
        public Type(String key, Function<Answers, String> prompt, Function<String, Parsed> parser, boolean skippable) {
            this(key, prompt, parser, skippable, a -> true);
        }

        @Override
        public boolean asks(Answers answers) {
            return when.test(answers);
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

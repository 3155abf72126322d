package vn.chibo.bot.chat.form;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;

/**
 * The form engine's one transition: (form, state, input, actor) → {@link Step}. It reads what the form's questions
 * offer but stores nothing and sends nothing, so a form's whole dialogue can be tested with a fake of its data.
 * Answered one-option choices and questions whose condition fails are passed over; "back" returns to the last
 * question actually asked; the summary card offers to change answers, and those that depended on a changed one are
 * asked again.
 */
final class FormStep {

    private final Texts texts;
    private final QuestionScreens screens;

    FormStep(Texts texts) {
        this.texts = texts;
        this.screens = new QuestionScreens(texts);
    }

    /** The first screen of a form whose state is new, or filled in already (opened at its summary). */
    Step begin(Form form, FormState state, Actor actor) {
        if (!form.allows(actor)) {
            return new Step.End(texts.t("access.denied"));
        }
        return show(form, state, actor);
    }

    Step typed(Form form, FormState state, String typed, Actor actor) {
        if (!form.allows(actor)) {
            return new Step.End(texts.t("access.denied"));
        }
        if (state.step >= form.questions().size()) {
            return new Step.Say(texts.t("form.use_buttons"));
        }
        Question question = form.questions().get(state.step);
        String text = typed.strip();
        if (question instanceof Question.Choose) {
            state.filter = text;
            state.page = 0;
            return show(form, state, actor);
        }
        if (!(question instanceof Question.Type type)) {
            return new Step.Say(texts.t("form.use_buttons"));
        }
        Parsed parsed = type.parser().apply(text, state.answers());
        if (parsed.error() != null) {
            return screens.ask(state, question, actor, parsed.error(), false);
        }
        if (type.multiple()) {
            String before = state.values.getOrDefault(type.key(), "");
            String joined = before.isEmpty() ? parsed.value() : before + "\n" + parsed.value();
            if (joined.length() > type.total()) {
                return screens.ask(
                        state,
                        question,
                        actor,
                        texts.t(
                                "form.several_too_long",
                                Integer.toString(type.total()),
                                Integer.toString(before.length())),
                        false);
            }
            state.values.put(type.key(), joined);
            return show(form, state, actor);
        }
        forgetGiven(form, state, type.key());
        state.answer(type.key(), parsed.value(), parsed.label());
        for (Parsed.Also also : parsed.also()) {
            state.answer(also.key(), also.value(), also.label());
            state.given.add(also.key());
        }
        return next(form, state, actor);
    }

    /** Answers an earlier answer to {@code key} gave its dependents are forgotten, to be asked or given again. */
    private static void forgetGiven(Form form, FormState state, String key) {
        for (String dependent : form.dependents(key)) {
            if (state.given.remove(dependent)) {
                state.values.remove(dependent);
                state.labels.remove(dependent);
            }
        }
    }

    /** Whether the question the form asks now collects documents (so a file sent goes to it). */
    static boolean wantsDocuments(Form form, FormState state) {
        return state.step < form.questions().size()
                && form.questions().get(state.step) instanceof Question.Photos photos
                && photos.documents();
    }

    /** A photo, or a document when {@code document}, sent while the form is open. */
    Step photo(Form form, FormState state, String fileId, boolean document, Actor actor) {
        if (state.step >= form.questions().size()
                || !(form.questions().get(state.step) instanceof Question.Photos photos)
                || photos.documents() != document) {
            boolean wantsFiles = state.step < form.questions().size()
                    && form.questions().get(state.step) instanceof Question.Photos asked
                    && asked.documents();
            return new Step.Say(wantsFiles ? texts.t("form.send_as_file") : texts.t("form.no_photo_now"));
        }
        String before = state.values.getOrDefault(photos.key(), "");
        if (!before.isEmpty()
                && (before.split(",").length >= photos.max()
                        || before.length() + 1 + fileId.length() > photos.chars())) {
            String max = Integer.toString(photos.max());
            return new Step.Say(document ? texts.t("form.too_many_files", max) : texts.t("form.too_many_photos", max));
        }
        state.values.put(photos.key(), before.isEmpty() ? fileId : before + "," + fileId);
        return show(form, state, actor);
    }

    Step pressed(Form form, FormState state, Action action, int index, Actor actor) {
        if (!form.allows(actor)) {
            return new Step.End(texts.t("access.denied"));
        }
        if (action == Action.CANCEL) {
            return new Step.End(texts.t("cancel.done"));
        }
        if (action == Action.BACK) {
            return back(form, state, actor);
        }
        if (state.step >= form.questions().size()) {
            return onSummary(form, state, action, index, actor);
        }
        Question question = form.questions().get(state.step);
        boolean pages = question instanceof Question.Choose || question instanceof Question.Toggle;
        if (action == Action.PAGE && pages) {
            state.page = Math.max(0, index);
            return show(form, state, actor);
        }
        boolean skippable = question instanceof Question.Type t && t.optional() || question instanceof Question.Photos;
        if (action == Action.SKIP && skippable) {
            state.values.remove(question.key());
            state.labels.put(question.key(), texts.t("form.skipped"));
            return next(form, state, actor);
        }
        if (action == Action.DONE) {
            return done(form, state, question, actor);
        }
        if (index < 0 || index >= state.shown.size()) {
            return new Step.Stale();
        }
        List<String> option = state.shown.get(index);
        if (action == Action.TOGGLE && question instanceof Question.Toggle) {
            Set<String> on = selected(state, question.key());
            if (!on.remove(option.get(1))) {
                on.add(option.get(1));
            }
            state.values.put(question.key(), String.join(",", on));
            return screens.ask(state, question, actor, null, true);
        }
        boolean answers = action == Action.CHOOSE && question instanceof Question.Choose
                || action == Action.QUICK && question instanceof Question.Type;
        if (answers) {
            if (Forms.CANCEL.equals(option.get(1))) {
                return new Step.End(texts.t("cancel.done"));
            }
            forgetGiven(form, state, question.key());
            state.answer(question.key(), option.get(1), option.get(0));
            return next(form, state, actor);
        }
        return new Step.Stale();
    }

    private Step done(Form form, FormState state, Question question, Actor actor) {
        if (question instanceof Question.Toggle toggle) {
            Set<String> on = selected(state, toggle.key());
            String problem = toggle.check().apply(String.join(",", on), state.answers());
            if (problem != null) {
                return screens.ask(state, question, actor, problem, false);
            }
            List<String> labels = toggle.options().apply(state.answers(), actor).stream()
                    .filter(o -> on.contains(o.value()))
                    .map(Option::label)
                    .toList();
            state.answer(
                    toggle.key(),
                    String.join(",", on),
                    labels.isEmpty() ? texts.t("form.none") : String.join(", ", labels));
            return next(form, state, actor);
        }
        if (question instanceof Question.Type type && type.multiple()) {
            String collected = state.values.getOrDefault(type.key(), "");
            if (collected.isBlank()) {
                return screens.ask(state, question, actor, texts.t("form.nothing_typed"), false);
            }
            state.labels.put(type.key(), collected);
            return next(form, state, actor);
        }
        if (question instanceof Question.Photos photos) {
            String ids = state.values.getOrDefault(photos.key(), "");
            state.labels.put(photos.key(), Integer.toString(ids.split(",").length));
            return next(form, state, actor);
        }
        return new Step.Stale();
    }

    private Step onSummary(Form form, FormState state, Action action, int index, Actor actor) {
        if (action == Action.SAVE) {
            return new Step.Save(state);
        }
        if (action != Action.EDIT || index < 0 || index >= state.shown.size()) {
            return new Step.Stale();
        }
        String key = state.shown.get(index).get(1);
        for (int i = 0; i < form.questions().size(); i++) {
            if (form.questions().get(i).key().equals(key)) {
                state.values.remove(key);
                state.labels.remove(key);
                for (String dependent : form.dependents(key)) {
                    state.values.remove(dependent);
                    state.labels.remove(dependent);
                }
                state.editing = true;
                state.moveTo(i);
                return show(form, state, actor);
            }
        }
        return new Step.Stale();
    }

    private Step next(Form form, FormState state, Actor actor) {
        state.asked.add(state.step);
        state.moveTo(state.step + 1);
        return show(form, state, actor);
    }

    private Step back(Form form, FormState state, Actor actor) {
        if (!state.asked.isEmpty()) {
            int previous = state.asked.remove(state.asked.size() - 1);
            state.editing = false;
            state.moveTo(previous);
        }
        return show(form, state, actor);
    }

    /** The current question (answering one-option choices by itself), or the summary. */
    private Step show(Form form, FormState state, Actor actor) {
        while (state.step < form.questions().size()) {
            Question question = form.questions().get(state.step);
            if (!question.asks(state.answers())) {
                state.values.remove(question.key());
                state.labels.remove(question.key());
                state.moveTo(state.step + 1);
                continue;
            }
            boolean given = state.given.contains(question.key()) && state.labels.containsKey(question.key());
            if (given || state.editing && state.labels.containsKey(question.key())) {
                state.moveTo(state.step + 1);
                continue;
            }
            if (question instanceof Question.Choose choose) {
                List<Option> all = choose.options().apply(state.answers(), actor);
                if (all.isEmpty()) {
                    return new Step.End(texts.t("form.no_options"));
                }
                if (all.size() > 1 || !state.filter.isEmpty()) {
                    return screens.choice(state, choose, all);
                }
                state.answer(choose.key(), all.get(0).value(), all.get(0).label());
                state.moveTo(state.step + 1);
                continue;
            }
            if (question instanceof Question.Toggle toggle && !state.values.containsKey(toggle.key())) {
                state.values.put(toggle.key(), String.join(",", toggle.preset().apply(state.answers(), actor)));
            }
            return screens.ask(state, question, actor, null, false);
        }
        return screens.summary(form, state, actor);
    }

    static Set<String> selected(FormState state, String key) {
        String csv = state.values.getOrDefault(key, "");
        return csv.isEmpty() ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.asList(csv.split(",")));
    }
}

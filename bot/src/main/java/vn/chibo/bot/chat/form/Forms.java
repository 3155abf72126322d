package vn.chibo.bot.chat.form;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Conversation;
import vn.chibo.bot.chat.Conversations;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.Preferences;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.roster.Fold;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.DeliveryQueue;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * Runs every {@link Form}: one transition per input, from the stored state to the next state and the
 * replies. Buttons carry {@code f:<version>:<action>}; the router has checked the version before a
 * press reaches here. Actions: o/t/q/e + index (choose, toggle, quick answer, edit), p + page, d (done),
 * s (skip), b (back), x (cancel), k (save).
 */
@Component
public class Forms {

    public static final String PREFIX = "f";
    /** {@code o:<form>}: a stateless button that opens a form by name. */
    public static final String OPEN = "o";
    /** An option with this value cancels the form when chosen ("Không, hủy"). */
    public static final String CANCEL = "__cancel";

    static final int PAGE = 8;
    static final int TOGGLE_PAGE = 12;

    private final Map<String, Form> byName;
    private final Conversations conversations;
    private final Texts texts;
    private final Preferences preferences;
    private final DeliveryQueue deliveries;
    private final Clock clock;

    Forms(
            List<Form> forms,
            Conversations conversations,
            Texts texts,
            Preferences preferences,
            DeliveryQueue deliveries,
            Clock clock) {
        this.byName = forms.stream().collect(Collectors.toMap(Form::name, Function.identity()));
        this.conversations = conversations;
        this.texts = texts;
        this.preferences = preferences;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    public Optional<Form> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Opens the form named {@code name}; an unknown name (an old or forged button) is stale. */
    public List<Outgoing> open(String name, Incoming in, Actor actor) {
        return named(name)
                .map(form -> start(form, in, actor))
                .orElseGet(
                        () -> List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("button.stale"), false)));
    }

    public boolean owns(Conversation conversation) {
        return byName.containsKey(conversation.flow());
    }

    public List<Outgoing> start(Form form, Incoming in, Actor actor) {
        if (!form.allows(actor)) {
            return reply(in, texts.t("access.denied"), List.of());
        }
        FormState state = begun(in);
        Conversation conversation = conversations.begin(in.chatId(), in.userId(), form.name(), "0", state.toJson());
        return show(form, conversation, state, in, actor);
    }

    /** Opens {@code form} on its summary card with answers already given (to edit something saved before). */
    public List<Outgoing> startAtSummary(
            Form form, Incoming in, Actor actor, Map<String, String> values, Map<String, String> labels) {
        if (!form.allows(actor)) {
            return reply(in, texts.t("access.denied"), List.of());
        }
        FormState state = begun(in);
        state.values.putAll(values);
        state.labels.putAll(labels);
        state.moveTo(form.questions().size());
        Conversation conversation =
                conversations.begin(in.chatId(), in.userId(), form.name(), "confirm", state.toJson());
        return show(form, conversation, state, in, actor);
    }

    public List<Outgoing> text(Conversation conversation, Incoming in, Actor actor) {
        Form form = byName.get(conversation.flow());
        FormState state = FormState.fromJson(conversation.data());
        if (!form.allows(actor)) {
            return denied(in);
        }
        if (state.step >= form.questions().size()) {
            return reply(in, texts.t("form.use_buttons"), List.of());
        }
        keep(state, in);
        Question question = form.questions().get(state.step);
        if (question instanceof Question.Choose) {
            state.filter = in.text().strip();
            state.page = 0;
            return show(form, conversation, state, in, actor);
        }
        if (!(question instanceof Question.Type type)) {
            return reply(in, texts.t("form.use_buttons"), List.of());
        }
        Question.Parsed parsed = type.parser().apply(in.text().strip(), state.answers());
        if (parsed.error() != null) {
            return again(form, conversation, state, in, actor, parsed.error());
        }
        if (type.several()) {
            String before = state.values.getOrDefault(type.key(), "");
            state.values.put(type.key(), before.isEmpty() ? parsed.value() : before + "\n" + parsed.value());
            return show(form, conversation, state, in, actor);
        }
        state.answer(type.key(), parsed.value(), parsed.label());
        return next(form, conversation, state, in, actor);
    }

    /** A photo sent while a form is open: kept if the form is collecting photos. */
    public List<Outgoing> photo(Conversation conversation, Incoming in, Actor actor) {
        Form form = byName.get(conversation.flow());
        FormState state = FormState.fromJson(conversation.data());
        if (state.step >= form.questions().size()
                || !(form.questions().get(state.step) instanceof Question.Photos photos)) {
            return reply(in, texts.t("form.no_photo_now"), List.of());
        }
        keep(state, in);
        String before = state.values.getOrDefault(photos.key(), "");
        state.values.put(photos.key(), before.isEmpty() ? in.fileId() : before + "," + in.fileId());
        return show(form, conversation, state, in, actor);
    }

    public List<Outgoing> press(Conversation conversation, Incoming in, String action, Actor actor) {
        Form form = byName.get(conversation.flow());
        FormState state = FormState.fromJson(conversation.data());
        if (!form.allows(actor)) {
            return denied(in);
        }
        if (action.equals("x")) {
            return cancel(in);
        }
        if (action.equals("b")) {
            return back(form, conversation, state, in, actor);
        }
        if (state.step >= form.questions().size()) {
            return onSummary(form, conversation, state, in, actor, action);
        }
        Question question = form.questions().get(state.step);
        int index = action.length() > 1 ? parse(action.substring(1)) : -1;
        if (action.startsWith("p") && (question instanceof Question.Choose || question instanceof Question.Toggle)) {
            state.page = Math.max(0, index);
            return show(form, conversation, state, in, actor);
        }
        if (action.equals("s")
                && (question instanceof Question.Type t && t.skippable() || question instanceof Question.Photos)) {
            state.values.remove(question.key());
            state.labels.put(question.key(), texts.t("form.skipped"));
            return next(form, conversation, state, in, actor);
        }
        if (action.equals("d")) {
            return done(form, conversation, state, in, actor, question);
        }
        if (index < 0 || index >= state.shown.size()) {
            return stale(in);
        }
        List<String> option = state.shown.get(index);
        if (action.startsWith("t") && question instanceof Question.Toggle) {
            Set<String> on = selected(state, question.key());
            if (!on.remove(option.get(1))) {
                on.add(option.get(1));
            }
            state.values.put(question.key(), String.join(",", on));
            return ask(conversation, state, question, in, actor, null, false);
        }
        if ((action.startsWith("o") && question instanceof Question.Choose)
                || (action.startsWith("q") && question instanceof Question.Type)) {
            if (CANCEL.equals(option.get(1))) {
                return cancel(in);
            }
            state.answer(question.key(), option.get(1), option.get(0));
            return next(form, conversation, state, in, actor);
        }
        return stale(in);
    }

    private List<Outgoing> done(
            Form form, Conversation conversation, FormState state, Incoming in, Actor actor, Question question) {
        if (question instanceof Question.Toggle toggle) {
            Set<String> on = selected(state, toggle.key());
            String problem = toggle.check().apply(String.join(",", on), state.answers());
            if (problem != null) {
                return again(form, conversation, state, in, actor, problem);
            }
            List<String> labels = toggle.options().apply(state.answers(), actor).stream()
                    .filter(o -> on.contains(o.value()))
                    .map(Option::label)
                    .toList();
            state.answer(
                    toggle.key(),
                    String.join(",", on),
                    labels.isEmpty() ? texts.t("form.none") : String.join(", ", labels));
            return next(form, conversation, state, in, actor);
        }
        if (question instanceof Question.Type type && type.several()) {
            String collected = state.values.getOrDefault(type.key(), "");
            if (collected.isBlank()) {
                return again(form, conversation, state, in, actor, texts.t("form.nothing_typed"));
            }
            state.labels.put(type.key(), collected);
            return next(form, conversation, state, in, actor);
        }
        if (question instanceof Question.Photos photos) {
            state.labels.put(
                    photos.key(),
                    Integer.toString(state.values.getOrDefault(photos.key(), "").split(",").length));
            return next(form, conversation, state, in, actor);
        }
        return stale(in);
    }

    private List<Outgoing> onSummary(
            Form form, Conversation conversation, FormState state, Incoming in, Actor actor, String action) {
        if (action.equals("k")) {
            Saved saved = form.save(state.answers(), actor, in.chatId());
            conversations.end(in.chatId());
            List<Outgoing> replies = new ArrayList<>(reply(in, saved.text(), List.of()));
            replies.addAll(saved.more());
            if (form.tidiesAfterSave() && saved.done() && preferences.tidiesAfterSave(in.userId())) {
                replies.addAll(tidy(state, in));
            }
            return replies;
        }
        int index = action.startsWith("e") ? parse(action.substring(1)) : -1;
        if (index < 0 || index >= state.shown.size()) {
            return stale(in);
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
                return show(form, conversation, state, in, actor);
            }
        }
        return stale(in);
    }

    private List<Outgoing> next(Form form, Conversation conversation, FormState state, Incoming in, Actor actor) {
        state.asked.add(state.step);
        state.moveTo(state.step + 1);
        return show(form, conversation, state, in, actor);
    }

    private List<Outgoing> back(Form form, Conversation conversation, FormState state, Incoming in, Actor actor) {
        if (state.asked.isEmpty()) {
            return show(form, conversation, state, in, actor);
        }
        int previous = state.asked.remove(state.asked.size() - 1);
        state.editing = false;
        state.moveTo(previous);
        return show(form, conversation, state, in, actor);
    }

    /** Shows the current question (answering one-option choices by itself), or the summary. */
    private List<Outgoing> show(Form form, Conversation conversation, FormState state, Incoming in, Actor actor) {
        while (state.step < form.questions().size()) {
            Question question = form.questions().get(state.step);
            if (!question.asks(state.answers())) {
                state.values.remove(question.key());
                state.labels.remove(question.key());
                state.moveTo(state.step + 1);
                continue;
            }
            if (state.editing && state.labels.containsKey(question.key())) {
                state.moveTo(state.step + 1);
                continue;
            }
            if (question instanceof Question.Choose choose) {
                List<Option> all = choose.options().apply(state.answers(), actor);
                if (all.isEmpty()) {
                    conversations.end(in.chatId());
                    return reply(in, texts.t("form.no_options"), List.of());
                }
                if (all.size() > 1 || !state.filter.isEmpty()) {
                    return showChoice(conversation, state, choose, all, in);
                }
                state.answer(choose.key(), all.get(0).value(), all.get(0).label());
                state.moveTo(state.step + 1);
                continue;
            }
            return ask(conversation, state, question, in, actor, null, true);
        }
        return summary(form, conversation, state, in, actor);
    }

    private List<Outgoing> again(
            Form form, Conversation conversation, FormState state, Incoming in, Actor actor, String problem) {
        return ask(conversation, state, form.questions().get(state.step), in, actor, problem, true);
    }

    /**
     * Asks a typed, toggle or photo question; {@code problem} (may be null) says what was wrong with the last
     * answer. {@code newVersion} false keeps the buttons on screen valid: a toggle changes the answer, not the question.
     */
    private List<Outgoing> ask(
            Conversation conversation,
            FormState state,
            Question question,
            Incoming in,
            Actor actor,
            String problem,
            boolean newVersion) {
        List<List<Button>> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        if (problem != null) {
            text.append(problem).append("\n\n");
        }
        boolean skippable = false;
        boolean finish = false;
        Conversation saved;
        if (question instanceof Question.Type type) {
            text.append(type.prompt().apply(state.answers()));
            List<Option> quick = type.quick().apply(state.answers(), actor);
            state.shown = quick.stream().map(o -> List.of(o.label(), o.value())).toList();
            String collected = state.values.getOrDefault(type.key(), "");
            if (type.several() && !collected.isEmpty()) {
                text.append("\n\n").append(texts.t("form.collected", Integer.toString(collected.split("\n").length)));
                finish = true;
            }
            skippable = type.skippable();
            saved = conversations.advance(conversation, Integer.toString(state.step), state.toJson());
            for (int i = 0; i < quick.size(); i++) {
                rows.add(List.of(button(quick.get(i).label(), saved.version(), "q" + i)));
            }
        } else if (question instanceof Question.Toggle toggle) {
            text.append(toggle.prompt().apply(state.answers()));
            List<Option> all = toggle.options().apply(state.answers(), actor);
            int pages = Math.max(1, (all.size() + TOGGLE_PAGE - 1) / TOGGLE_PAGE);
            state.page = Math.min(state.page, pages - 1);
            List<Option> onPage =
                    all.subList(state.page * TOGGLE_PAGE, Math.min(all.size(), (state.page + 1) * TOGGLE_PAGE));
            state.shown =
                    onPage.stream().map(o -> List.of(o.label(), o.value())).toList();
            Set<String> on = selected(state, toggle.key());
            saved = newVersion
                    ? conversations.advance(conversation, Integer.toString(state.step), state.toJson())
                    : conversations.rewrite(conversation, state.toJson());
            for (int i = 0; i < onPage.size(); i++) {
                String mark = on.contains(onPage.get(i).value()) ? "☑ " : "☐ ";
                rows.add(List.of(button(mark + onPage.get(i).label(), saved.version(), "t" + i)));
            }
            paging(rows, state.page, pages, saved.version());
            finish = true;
        } else {
            Question.Photos photos = (Question.Photos) question;
            text.append(photos.prompt().apply(state.answers()));
            String ids = state.values.getOrDefault(photos.key(), "");
            if (!ids.isEmpty()) {
                text.append("\n\n").append(texts.t("form.photos_received", Integer.toString(ids.split(",").length)));
                finish = true;
            } else {
                skippable = true;
            }
            saved = conversations.advance(conversation, Integer.toString(state.step), state.toJson());
        }
        List<Button> controls = new ArrayList<>();
        if (finish) {
            controls.add(button(texts.t("form.done"), saved.version(), "d"));
        }
        if (skippable) {
            controls.add(button(texts.t("form.skip"), saved.version(), "s"));
        }
        if (!state.asked.isEmpty()) {
            controls.add(button(texts.t("menu.back"), saved.version(), "b"));
        }
        controls.add(button(texts.t("button.cancel"), saved.version(), "x"));
        rows.add(controls);
        return reply(in, text.toString(), rows);
    }

    private List<Outgoing> summary(Form form, Conversation conversation, FormState state, Incoming in, Actor actor) {
        state.editing = false;
        String summary = form.summary(state.answers(), actor);
        if (summary == null) {
            Saved saved = form.save(state.answers(), actor, in.chatId());
            conversations.end(in.chatId());
            List<Outgoing> replies = new ArrayList<>(reply(in, saved.text(), List.of()));
            replies.addAll(saved.more());
            if (form.tidiesAfterSave() && saved.done() && preferences.tidiesAfterSave(in.userId())) {
                replies.addAll(tidy(state, in));
            }
            return replies;
        }
        List<Option> editable = form.editable(state.answers());
        state.shown = editable.stream().map(o -> List.of(o.label(), o.value())).toList();
        Conversation saved = conversations.advance(conversation, "confirm", state.toJson());
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(button(texts.t("form.save"), saved.version(), "k")));
        for (int i = 0; i < editable.size(); i += 2) {
            List<Button> row = new ArrayList<>();
            row.add(button(editable.get(i).label(), saved.version(), "e" + i));
            if (i + 1 < editable.size()) {
                row.add(button(editable.get(i + 1).label(), saved.version(), "e" + (i + 1)));
            }
            rows.add(row);
        }
        rows.add(List.of(
                button(texts.t("menu.back"), saved.version(), "b"),
                button(texts.t("button.cancel"), saved.version(), "x")));
        return reply(in, summary, rows);
    }

    private List<Outgoing> showChoice(
            Conversation conversation, FormState state, Question.Choose choose, List<Option> all, Incoming in) {
        String needle = Fold.of(state.filter);
        List<Option> matching = needle.isEmpty()
                ? all
                : all.stream().filter(o -> Fold.of(o.label()).contains(needle)).toList();
        int pages = Math.max(1, (matching.size() + PAGE - 1) / PAGE);
        state.page = Math.min(state.page, pages - 1);
        List<Option> onPage = matching.subList(state.page * PAGE, Math.min(matching.size(), (state.page + 1) * PAGE));
        state.shown = onPage.stream().map(o -> List.of(o.label(), o.value())).toList();
        Conversation saved = conversations.advance(conversation, Integer.toString(state.step), state.toJson());
        int version = saved.version();
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < onPage.size(); i++) {
            rows.add(List.of(button(onPage.get(i).label(), version, "o" + i)));
        }
        paging(rows, state.page, pages, version);
        rows.add(controls(version, state));
        StringBuilder text = new StringBuilder(choose.prompt().apply(state.answers()));
        if (!needle.isEmpty()) {
            text.append("\n\n")
                    .append(
                            matching.isEmpty()
                                    ? texts.t("form.no_match", state.filter)
                                    : texts.t("form.matches", state.filter, Integer.toString(matching.size())));
        } else if (all.size() > PAGE) {
            text.append("\n\n").append(texts.t("form.type_to_search", Integer.toString(all.size())));
        }
        return reply(in, text.toString(), rows);
    }

    private void paging(List<List<Button>> rows, int page, int pages, int version) {
        List<Button> paging = new ArrayList<>();
        if (page > 0) {
            paging.add(button(texts.t("form.previous_page"), version, "p" + (page - 1)));
        }
        if (page < pages - 1) {
            paging.add(button(texts.t("form.next_page"), version, "p" + (page + 1)));
        }
        if (!paging.isEmpty()) {
            rows.add(paging);
        }
    }

    private List<Button> controls(int version, FormState state) {
        List<Button> row = new ArrayList<>();
        if (!state.asked.isEmpty()) {
            row.add(button(texts.t("menu.back"), version, "b"));
        }
        row.add(button(texts.t("button.cancel"), version, "x"));
        return row;
    }

    private static Set<String> selected(FormState state, String key) {
        String csv = state.values.getOrDefault(key, "");
        return csv.isEmpty() ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.asList(csv.split(",")));
    }

    private Button button(String label, int version, String action) {
        return Button.callback(label, CallbackData.of(PREFIX, version, action));
    }

    private FormState begun(Incoming in) {
        FormState state = new FormState();
        state.since = clock.millis();
        keep(state, in);
        return state;
    }

    /** Remembers the person's own message (not a button press) as part of this form, for tidying after saving. */
    private static void keep(FormState state, Incoming in) {
        if (in.kind() != Incoming.Kind.CALLBACK && in.messageId() != null) {
            state.typed.add(in.messageId());
        }
    }

    /**
     * Deletes what the form put in the chat, both sides, except the message that now says "saved" (the summary
     * card the save was pressed on); sent after the saved text and any document, in calls of up to 100 ids.
     */
    private List<Outgoing> tidy(FormState state, Incoming in) {
        Set<Integer> ids = new java.util.TreeSet<>(state.typed);
        ids.addAll(deliveries.replyMessageIdsSince(in.chatId(), java.time.Instant.ofEpochMilli(state.since)));
        ids.remove(in.messageId());
        List<Integer> all = List.copyOf(ids);
        List<Outgoing> deletes = new ArrayList<>();
        for (int from = 0; from < all.size(); from += Outgoing.MAX_DELETE) {
            deletes.add(Outgoing.deleteAll(
                    in.chatId(), all.subList(from, Math.min(all.size(), from + Outgoing.MAX_DELETE))));
        }
        return deletes;
    }

    private List<Outgoing> cancel(Incoming in) {
        conversations.end(in.chatId());
        return reply(in, texts.t("cancel.done"), List.of());
    }

    private List<Outgoing> denied(Incoming in) {
        conversations.end(in.chatId());
        return reply(in, texts.t("access.denied"), List.of());
    }

    private List<Outgoing> stale(Incoming in) {
        return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("button.stale"), false));
    }

    /** Edits the message whose button was pressed; answers typed text with a new message. */
    private static List<Outgoing> reply(Incoming in, String text, List<List<Button>> keyboard) {
        if (in.kind() != Incoming.Kind.CALLBACK) {
            return List.of(Outgoing.text(in.chatId(), text, keyboard));
        }
        Outgoing answer = Outgoing.answer(in.chatId(), in.callbackId(), null, false);
        if (in.messageId() == null) {
            return List.of(answer, Outgoing.text(in.chatId(), text, keyboard));
        }
        return List.of(answer, Outgoing.edit(in.chatId(), in.messageId(), text, keyboard));
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

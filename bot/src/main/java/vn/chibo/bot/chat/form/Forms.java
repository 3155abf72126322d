package vn.chibo.bot.chat.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Conversation;
import vn.chibo.bot.chat.Conversations;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.roster.Fold;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * Runs every {@link Form}: one transition per input, from the stored state to the next state and the
 * replies. Buttons carry {@code f:<version>:<action>}; the router has checked the version before a
 * press reaches here.
 */
@Component
public class Forms {

    public static final String PREFIX = "f";
    static final int PAGE = 8;

    private final Map<String, Form> byName;
    private final Conversations conversations;
    private final Texts texts;

    Forms(List<Form> forms, Conversations conversations, Texts texts) {
        this.byName = forms.stream().collect(Collectors.toMap(Form::name, Function.identity()));
        this.conversations = conversations;
        this.texts = texts;
    }

    public Optional<Form> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public boolean owns(Conversation conversation) {
        return byName.containsKey(conversation.flow());
    }

    public List<Outgoing> start(Form form, Incoming in, Actor actor) {
        if (!form.allows(actor)) {
            return reply(in, texts.t("access.denied"), List.of());
        }
        Conversation conversation = conversations.begin(in.chatId(), in.userId(), form.name(), "0", new FormState().toJson());
        return show(form, conversation, new FormState(), in, actor);
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
        Question question = form.questions().get(state.step);
        if (question instanceof Question.Choose) {
            state.filter = in.text().strip();
            state.page = 0;
            return show(form, conversation, state, in, actor);
        }
        Question.Type type = (Question.Type) question;
        Question.Parsed parsed = type.parser().apply(in.text().strip());
        if (parsed.error() != null) {
            return reply(in, parsed.error() + "\n\n" + type.prompt().apply(state.answers()), controls(conversation.version(), state, type.skippable()));
        }
        state.answer(type.key(), parsed.value(), parsed.label());
        return next(form, conversation, state, in, actor);
    }

    public List<Outgoing> press(Conversation conversation, Incoming in, String action, Actor actor) {
        Form form = byName.get(conversation.flow());
        FormState state = FormState.fromJson(conversation.data());
        if (!form.allows(actor)) {
            return denied(in);
        }
        if (action.equals("x")) {
            conversations.end(in.chatId());
            return edit(in, texts.t("cancel.done"), List.of());
        }
        if (action.equals("b")) {
            return back(form, conversation, state, in, actor);
        }
        if (state.step >= form.questions().size()) {
            return action.equals("k") ? save(form, state, in, actor) : stale(in);
        }
        Question question = form.questions().get(state.step);
        if (action.startsWith("p") && question instanceof Question.Choose) {
            state.page = Math.max(0, parse(action.substring(1)));
            return show(form, conversation, state, in, actor);
        }
        if (action.equals("s") && question instanceof Question.Type type && type.skippable()) {
            state.values.remove(type.key());
            state.labels.remove(type.key());
            return next(form, conversation, state, in, actor);
        }
        if (action.startsWith("o") && question instanceof Question.Choose) {
            int index = parse(action.substring(1));
            if (index < 0 || index >= state.shown.size()) {
                return stale(in);
            }
            List<String> option = state.shown.get(index);
            state.answer(question.key(), option.get(1), option.get(0));
            return next(form, conversation, state, in, actor);
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
            if (!(question instanceof Question.Choose choose)) {
                break;
            }
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
        }
        if (state.step < form.questions().size()) {
            Question.Type type = (Question.Type) form.questions().get(state.step);
            Conversation saved = conversations.advance(conversation, Integer.toString(state.step), state.toJson());
            return reply(in, type.prompt().apply(state.answers()), controls(saved.version(), state, type.skippable()));
        }
        String summary = form.summary(state.answers());
        if (summary == null) {
            return save(form, state, in, actor);
        }
        Conversation saved = conversations.advance(conversation, "confirm", state.toJson());
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(button(texts.t("form.save"), saved.version(), "k")));
        rows.add(List.of(button(texts.t("menu.back"), saved.version(), "b"), button(texts.t("button.cancel"), saved.version(), "x")));
        return reply(in, summary, rows);
    }

    private List<Outgoing> showChoice(Conversation conversation, FormState state, Question.Choose choose, List<Option> all, Incoming in) {
        String needle = Fold.of(state.filter);
        List<Option> matching = needle.isEmpty() ? all : all.stream().filter(o -> Fold.of(o.label()).contains(needle)).toList();
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
        List<Button> paging = new ArrayList<>();
        if (state.page > 0) {
            paging.add(button(texts.t("form.previous_page"), version, "p" + (state.page - 1)));
        }
        if (state.page < pages - 1) {
            paging.add(button(texts.t("form.next_page"), version, "p" + (state.page + 1)));
        }
        if (!paging.isEmpty()) {
            rows.add(paging);
        }
        rows.addAll(controls(version, state, false));
        StringBuilder text = new StringBuilder(choose.prompt().apply(state.answers()));
        if (!needle.isEmpty()) {
            text.append("\n\n").append(matching.isEmpty()
                    ? texts.t("form.no_match", state.filter)
                    : texts.t("form.matches", state.filter, Integer.toString(matching.size())));
        } else if (all.size() > PAGE) {
            text.append("\n\n").append(texts.t("form.type_to_search", Integer.toString(all.size())));
        }
        return reply(in, text.toString(), rows);
    }

    private List<Outgoing> save(Form form, FormState state, Incoming in, Actor actor) {
        String outcome = form.save(state.answers(), actor);
        conversations.end(in.chatId());
        return reply(in, outcome, List.of());
    }

    private List<List<Button>> controls(int version, FormState state, boolean skippable) {
        List<Button> row = new ArrayList<>();
        if (skippable) {
            row.add(button(texts.t("form.skip"), version, "s"));
        }
        if (!state.asked.isEmpty()) {
            row.add(button(texts.t("menu.back"), version, "b"));
        }
        row.add(button(texts.t("button.cancel"), version, "x"));
        return List.of(row);
    }

    private Button button(String label, int version, String action) {
        return Button.callback(label, CallbackData.of(PREFIX, version, action));
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
        return in.kind() == Incoming.Kind.CALLBACK ? edit(in, text, keyboard) : List.of(Outgoing.text(in.chatId(), text, keyboard));
    }

    private static List<Outgoing> edit(Incoming in, String text, List<List<Button>> keyboard) {
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

package vn.chibo.bot.chat.form;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Conversation;
import vn.chibo.bot.chat.Conversations;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.Preferences;
import vn.chibo.bot.chat.RoleLabels;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.scheduler.delivery.Outgoing;
import vn.chibo.scheduler.delivery.SentMessages;

/**
 * Runs every {@link Form}: per update it loads the form's state from the conversation, lets {@link FormStep} decide
 * the outcome, stores the conversation once, and renders the outcome ({@link FormScreens}). Saving calls the form's
 * {@link Form#save} in the update's transaction.
 */
@Component
public class Forms {

    public static final String PREFIX = FormButton.PREFIX;
    /** {@code o:<form>}: a stateless button that opens a form by name. */
    public static final String OPEN = "o";
    /** An option with this value cancels the form when chosen ("Không, hủy"). */
    public static final String CANCEL = "__cancel";

    private final Map<String, Form> byName;
    private final FormStep step;
    private final Conversations conversations;
    private final Texts texts;
    private final Preferences preferences;
    private final SentMessages sent;
    private final Clock clock;
    private final RoleAssignments roles;
    private final RoleLabels labels;

    Forms(
            List<Form> forms,
            Conversations conversations,
            Texts texts,
            Preferences preferences,
            SentMessages sent,
            Clock clock,
            RoleAssignments roles,
            RoleLabels labels) {
        this.byName = forms.stream().collect(Collectors.toMap(Form::name, Function.identity()));
        this.step = new FormStep(texts);
        this.conversations = conversations;
        this.texts = texts;
        this.preferences = preferences;
        this.sent = sent;
        this.clock = clock;
        this.roles = roles;
        this.labels = labels;
    }

    public Optional<Form> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Opens the form named {@code name}; an unknown name (an old or forged button) is stale. */
    public List<Outgoing> open(String name, Incoming in, Actor actor) {
        return named(name).map(form -> start(form, in, actor)).orElseGet(() -> stale(in));
    }

    public boolean owns(Conversation conversation) {
        return byName.containsKey(conversation.flow());
    }

    public List<Outgoing> start(Form form, Incoming in, Actor actor) {
        if (!form.allows(actor)) {
            return FormScreens.reply(in, denied(form, actor), List.of(), null);
        }
        FormState state = begun(in);
        return begin(form, in, step.begin(form, state, actor), actor);
    }

    /**
     * Opens {@code form} with some answers already chosen (by the button that opened it): those questions are not
     * asked, and the form goes on from the first one left, as a new message below the pressed one, which keeps what
     * it says and its buttons (a reminder still to be answered).
     */
    public List<Outgoing> startGiven(
            Form form, Incoming in, Actor actor, Map<String, String> values, Map<String, String> labels) {
        if (!form.allows(actor)) {
            return FormScreens.reply(in, denied(form, actor), List.of(), null);
        }
        FormState state = begun(in);
        state.values.putAll(values);
        state.labels.putAll(labels);
        state.given.addAll(labels.keySet());
        Step outcome = step.begin(form, state, actor);
        if (outcome instanceof Step.Show show) {
            Conversation begun = conversations.begin(
                    in.chatId(),
                    in.userId(),
                    form.name(),
                    stepName(form, show.state()),
                    show.state().toJson());
            List<Outgoing> replies = new ArrayList<>();
            if (in.kind() == Incoming.Kind.CALLBACK) {
                replies.add(Outgoing.answer(in.chatId(), in.callbackId(), null, false));
            }
            replies.addAll(FormScreens.renderNew(in, show.screen(), begun.version()));
            return replies;
        }
        return begin(form, in, outcome, actor);
    }

    /** Opens {@code form} on its summary card with answers already given (to edit something saved before). */
    public List<Outgoing> startAtSummary(
            Form form, Incoming in, Actor actor, Map<String, String> values, Map<String, String> labels) {
        return startWith(
                form,
                in,
                actor,
                values,
                labels,
                state -> state.moveTo(form.questions().size()));
    }

    /** Opens {@code form} with {@code values} and {@code labels} answered, then placed by {@code place}. */
    private List<Outgoing> startWith(
            Form form,
            Incoming in,
            Actor actor,
            Map<String, String> values,
            Map<String, String> labels,
            java.util.function.Consumer<FormState> place) {
        if (!form.allows(actor)) {
            return FormScreens.reply(in, denied(form, actor), List.of(), null);
        }
        FormState state = begun(in);
        state.values.putAll(values);
        state.labels.putAll(labels);
        place.accept(state);
        return begin(form, in, step.begin(form, state, actor), actor);
    }

    public List<Outgoing> text(Conversation conversation, Incoming in, Actor actor) {
        Form form = byName.get(conversation.flow());
        FormState state = kept(conversation, in);
        Asked asked = Asked.at(form, state);
        return settle(form, conversation, in, step.typed(form, state, in.text(), actor), actor, asked);
    }

    /** A photo sent while a form is open: kept if the form is collecting photos. */
    public List<Outgoing> photo(Conversation conversation, Incoming in, Actor actor) {
        Form form = byName.get(conversation.flow());
        FormState state = kept(conversation, in);
        Asked asked = Asked.at(form, state);
        return settle(form, conversation, in, step.photo(form, state, in.fileId(), false, actor), actor, asked);
    }

    /** A document sent while a form is open: kept if the form is collecting documents now, else not the form's. */
    public Optional<List<Outgoing>> document(Conversation conversation, Incoming in, Actor actor) {
        Form form = byName.get(conversation.flow());
        FormState state = kept(conversation, in);
        if (!FormStep.wantsDocuments(form, state)) {
            return Optional.empty();
        }
        Asked asked = Asked.at(form, state);
        return Optional.of(
                settle(form, conversation, in, step.photo(form, state, in.fileId(), true, actor), actor, asked));
    }

    /** A press on one of the form's buttons; {@code button}'s version has been checked against the conversation's. */
    List<Outgoing> press(Conversation conversation, Incoming in, FormButton button, Actor actor) {
        Form form = byName.get(conversation.flow());
        FormState state = FormState.fromJson(conversation.data());
        Asked asked = Asked.at(form, state);
        return settle(
                form,
                conversation,
                in,
                step.pressed(form, state, button.action(), button.index(), actor),
                actor,
                asked);
    }

    /** The first outcome of a form: the conversation begins with it (replacing whatever was in progress). */
    private List<Outgoing> begin(Form form, Incoming in, Step outcome, Actor actor) {
        if (outcome instanceof Step.Show show) {
            Conversation begun = conversations.begin(
                    in.chatId(),
                    in.userId(),
                    form.name(),
                    stepName(form, show.state()),
                    show.state().toJson());
            return FormScreens.render(in, show.screen(), begun.version());
        }
        conversations.end(in.chatId());
        return finish(form, in, outcome, actor);
    }

    /**
     * Stores what {@code outcome} left of the conversation, once, and renders it. A question {@code asked} and now
     * answered keeps its prompt and the answer, without buttons, and what comes next is a new message below it.
     */
    private List<Outgoing> settle(
            Form form, Conversation conversation, Incoming in, Step outcome, Actor actor, Asked asked) {
        if (outcome instanceof Step.Show show) {
            String json = show.state().toJson();
            Conversation stored = show.sameButtons()
                    ? conversations.rewrite(conversation, json)
                    : conversations.advance(conversation, stepName(form, show.state()), json);
            if (show.sameButtons()) {
                return FormScreens.render(in, show.screen(), stored.version());
            }
            String answer = asked == null ? null : asked.answer(show.state());
            if (in.kind() == Incoming.Kind.CALLBACK) {
                return answer == null
                        ? FormScreens.render(in, show.screen(), stored.version())
                        : FormScreens.answeredThenNext(in, asked.prompt(), answer, show.screen(), stored.version());
            }
            Optional<Integer> question =
                    sent.lastWithButtonsSince(in.chatId(), Instant.ofEpochMilli(show.state().since));
            return FormScreens.typedThenNext(
                    in,
                    question.orElse(null),
                    asked == null ? null : asked.prompt(),
                    answer,
                    show.screen(),
                    stored.version());
        }
        if (outcome instanceof Step.Say say) {
            return FormScreens.reply(in, say.text(), List.of(), null);
        }
        if (outcome instanceof Step.Stale) {
            return stale(in);
        }
        conversations.end(in.chatId());
        return finish(form, in, outcome, actor);
    }

    /** An outcome that ends the conversation: saved, or ended with a sentence. */
    private List<Outgoing> finish(Form form, Incoming in, Step outcome, Actor actor) {
        if (outcome instanceof Step.Save save) {
            return save(form, in, save.state(), actor);
        }
        if (outcome instanceof Step.End end) {
            return FormScreens.reply(in, end.text(), List.of(), null);
        }
        throw new IllegalStateException("Not a final outcome: " + outcome);
    }

    private List<Outgoing> save(Form form, Incoming in, FormState state, Actor actor) {
        Saved saved = form.save(state.answers(), actor, in.chatId());
        List<Outgoing> replies = new ArrayList<>();
        for (Outgoing reply : FormScreens.reply(in, saved.text(), List.of(), saved.toast())) {
            replies.add(
                    saved.secret() && reply.kind() != Outgoing.Kind.ANSWER_CALLBACK ? reply.holdingASecret() : reply);
        }
        replies.addAll(saved.more());
        if (form.tidiesAfterSave() && saved.done() && preferences.tidiesAfterSave(in.userId())) {
            replies.addAll(tidy(state, in));
        }
        return replies;
    }

    /** The question on screen before an input, and what it asked then; null when the summary was on screen. */
    private record Asked(String key, int step, String prompt) {

        static Asked at(Form form, FormState state) {
            if (state.step >= form.questions().size()) {
                return null;
            }
            Question question = form.questions().get(state.step);
            return new Asked(question.key(), state.step, question.prompt().apply(state.answers()));
        }

        /** The answer {@code after} holds to this question, if the input answered it and moved on; else null. */
        String answer(FormState after) {
            return after.step > step ? after.labels.get(key) : null;
        }
    }

    /** Refuses a form; a person whose other role may use it is told to switch to that role with /vaitro. */
    private String denied(Form form, Actor actor) {
        return roles.heldBy(actor.telegramUserId()).stream()
                .filter(r -> !r.equals(actor.acting()))
                .filter(r -> form.allows(new Actor(actor.telegramUserId(), actor.name(), r, actor.admin())))
                .findFirst()
                .map(r -> texts.t("access.other_role", labels.of(r)))
                .orElseGet(() -> texts.t("access.denied"));
    }

    private static String stepName(Form form, FormState state) {
        return state.step >= form.questions().size() ? "confirm" : Integer.toString(state.step);
    }

    private FormState begun(Incoming in) {
        FormState state = new FormState();
        state.since = clock.millis();
        keep(state, in);
        return state;
    }

    private static FormState kept(Conversation conversation, Incoming in) {
        FormState state = FormState.fromJson(conversation.data());
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
     * Deletes what the form put in the chat, both sides, except the message that now says "saved" (the summary card
     * the save was pressed on); sent after the saved text and any document, in calls of up to 100 ids.
     */
    private List<Outgoing> tidy(FormState state, Incoming in) {
        Set<Integer> ids = new TreeSet<>(state.typed);
        ids.addAll(sent.replyMessageIdsSince(in.chatId(), Instant.ofEpochMilli(state.since)));
        ids.remove(in.messageId());
        List<Integer> all = List.copyOf(ids);
        List<Outgoing> deletes = new ArrayList<>();
        for (int from = 0; from < all.size(); from += Outgoing.MAX_DELETE) {
            deletes.add(Outgoing.deleteAll(
                    in.chatId(), all.subList(from, Math.min(all.size(), from + Outgoing.MAX_DELETE))));
        }
        return deletes;
    }

    private List<Outgoing> stale(Incoming in) {
        return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("button.stale"), false));
    }
}

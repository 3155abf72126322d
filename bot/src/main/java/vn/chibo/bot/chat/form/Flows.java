package vn.chibo.bot.chat.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Conversation;
import vn.chibo.bot.chat.Conversations;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.scheduler.delivery.Outgoing;
import vn.chibo.scheduler.delivery.SentMessages;

/**
 * Runs every {@link Flow}, as {@link Forms} runs forms: per update it reads the flow's state from the conversation,
 * lets the flow decide the {@link Turn}, stores the conversation once and renders the turn. The person's right to the
 * flow is checked again on every step.
 */
@Component
public class Flows {

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Map<String, Flow<?>> byName;
    private final Conversations conversations;
    private final SentMessages sent;
    private final Texts texts;

    Flows(List<Flow<?>> flows, Conversations conversations, SentMessages sent, Texts texts) {
        this.byName = flows.stream().collect(Collectors.toMap(Flow::name, Function.identity()));
        this.conversations = conversations;
        this.sent = sent;
        this.texts = texts;
    }

    public boolean owns(Conversation conversation) {
        return byName.containsKey(conversation.flow());
    }

    /**
     * Begins {@code flow} at {@code state} and shows its first turn: in place of the pressed message when
     * {@code inPlace}, else as a new message. Replaces whatever conversation was in progress.
     */
    public <S> List<Outgoing> begin(Flow<S> flow, S state, Incoming in, Actor actor, boolean inPlace) {
        if (!flow.allows(actor)) {
            return List.of(Outgoing.text(in.chatId(), texts.t("access.denied")));
        }
        Turn<S> first = flow.opened(state, actor);
        if (first instanceof Turn.Show<S> show) {
            Conversation begun =
                    conversations.begin(in.chatId(), in.userId(), flow.name(), show.step(), write(show.state()));
            return inPlace
                    ? FormScreens.render(in, show.screen(), begun.version())
                    : FormScreens.renderNew(in, show.screen(), begun.version());
        }
        conversations.end(in.chatId());
        return settled(in, first);
    }

    /** A press on one of the flow's buttons; {@code button}'s version has been checked against the conversation's. */
    List<Outgoing> press(Conversation conversation, Incoming in, FormButton button, Actor actor) {
        return step(conversation, in, actor, button)
                .orElseGet(
                        () -> List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("button.stale"), false)));
    }

    List<Outgoing> text(Conversation conversation, Incoming in, Actor actor) {
        return step(conversation, in, actor, null)
                .orElseGet(() -> List.of(Outgoing.text(in.chatId(), texts.t("conversation.use_buttons"))));
    }

    /** A file sent while the flow is open; empty when the flow takes none. */
    Optional<List<Outgoing>> file(Conversation conversation, Incoming in, Actor actor) {
        return step(conversation, in, actor, null);
    }

    private Optional<List<Outgoing>> step(Conversation conversation, Incoming in, Actor actor, FormButton button) {
        Flow<?> flow = byName.get(conversation.flow());
        if (!flow.allows(actor)) {
            conversations.end(in.chatId());
            return Optional.of(
                    in.kind() == Incoming.Kind.CALLBACK
                            ? List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("access.denied"), true))
                            : List.of(Outgoing.text(in.chatId(), texts.t("access.denied"))));
        }
        return run(flow, conversation, in, actor, button);
    }

    private <S> Optional<List<Outgoing>> run(
            Flow<S> flow, Conversation conversation, Incoming in, Actor actor, FormButton button) {
        S state = read(conversation.data(), flow.stateType());
        Turn<S> turn =
                switch (in.kind()) {
                    case CALLBACK -> flow.pressed(state, button.action(), button.index(), actor);
                    case TEXT -> flow.typed(state, in.text(), actor);
                    default -> flow.file(state, in.fileId(), in.fileName(), actor);
                };
        if (turn instanceof Turn.NotTaken<S>) {
            return Optional.empty();
        }
        if (turn instanceof Turn.Show<S> show) {
            Conversation stored = conversations.advance(conversation, show.step(), write(show.state()));
            List<Outgoing> shown = FormScreens.render(in, show.screen(), stored.version());
            if (in.kind() == Incoming.Kind.CALLBACK) {
                return Optional.of(shown);
            }
            // Typed input moved the flow on: its screen before (shown since the flow last moved) loses its buttons,
            // and the new screen is a new message below it.
            Optional<Integer> before = sent.lastScreenWithButtonsSince(in.chatId(), conversation.updatedAt());
            return Optional.of(
                    before.map(id -> Stream.concat(Stream.of(Outgoing.removeButtons(in.chatId(), id)), shown.stream())
                                    .toList())
                            .orElse(shown));
        }
        if (turn instanceof Turn.End<S>) {
            conversations.end(in.chatId());
        }
        return Optional.of(settled(in, turn));
    }

    /** A turn that shows no new screen of the flow. */
    private <S> List<Outgoing> settled(Incoming in, Turn<S> turn) {
        boolean pressed = in.kind() == Incoming.Kind.CALLBACK;
        if (turn instanceof Turn.Say<S> say) {
            return List.of(Outgoing.text(in.chatId(), say.text()));
        }
        if (turn instanceof Turn.Toast<S> toast) {
            return pressed
                    ? List.of(Outgoing.answer(in.chatId(), in.callbackId(), toast.text(), toast.alert()))
                    : List.of(Outgoing.text(in.chatId(), toast.text()));
        }
        if (turn instanceof Turn.Attach<S> attach) {
            return List.of(Outgoing.document(in.chatId(), attach.fileName(), attach.content(), attach.caption()));
        }
        if (turn instanceof Turn.End<S> end) {
            List<Outgoing> replies = FormScreens.reply(in, end.text(), List.of(), null);
            return end.secret()
                    ? replies.stream()
                            .map(r -> r.kind() == Outgoing.Kind.ANSWER_CALLBACK ? r : r.holdingASecret())
                            .toList()
                    : replies;
        }
        return List.of(Outgoing.text(in.chatId(), texts.t("conversation.use_buttons")));
    }

    private static String write(Object state) {
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <S> S read(String data, Class<S> type) {
        try {
            return JSON.readValue(data, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable state of a " + type.getSimpleName(), e);
        }
    }
}

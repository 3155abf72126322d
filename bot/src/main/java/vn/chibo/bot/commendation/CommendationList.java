package vn.chibo.bot.commendation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Conversation;
import vn.chibo.bot.chat.Conversations;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.commendation.CommendationFilter;
import vn.chibo.content.commendation.CommendationWorkbook;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.commendation.StoredCommendation;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * /khenthuong_ds: the commendations of the person's scope, filtered by year (this year at first), form, issuer
 * and recipient (typed), ten to a page, with counts by form and an .xlsx export of what the filter selects.
 * The filter lives in the chat's conversation, so buttons carry only {@code k:<version>:<action>}: a stale or
 * doubly pressed button is recognised, and a button cannot name another scope's data.
 */
@Component
public class CommendationList {

    public static final String PREFIX = "k";
    public static final String FLOW = "awards";
    static final int PAGE = 10;
    private static final int MAX_FILTER = 100;
    private static final int PICKER_ISSUERS = 12;
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The list's state, stored as the conversation's data. */
    public static final class State {
        public Integer year;
        public String form;
        public String issuer;
        public String recipient;
        public int page;
        /** "year", "form" or "issuer" while a picker is open; null on the list. */
        public String picker;

        public List<String> options = new ArrayList<>();
    }

    private final Commendations commendations;
    private final Conversations conversations;
    private final Texts texts;
    private final Clock clock;
    private final CommendationListScreen screen;

    CommendationList(
            Commendations commendations,
            Conversations conversations,
            Texts texts,
            Clock clock,
            CommendationListScreen screen) {
        this.commendations = commendations;
        this.conversations = conversations;
        this.texts = texts;
        this.clock = clock;
        this.screen = screen;
    }

    public boolean owns(Conversation conversation) {
        return conversation.flow().equals(FLOW);
    }

    public List<Outgoing> open(Incoming in, Actor actor) {
        if (!actor.hasRole()) {
            return List.of(Outgoing.text(in.chatId(), texts.t("access.denied")));
        }
        State state = new State();
        state.year = LocalDate.now(clock).getYear();
        Conversation conversation = conversations.begin(in.chatId(), in.userId(), FLOW, "list", write(state));
        List<StoredCommendation> rows = commendations.find(filter(state, actor));
        return List.of(Outgoing.text(
                in.chatId(),
                screen.list(state, actor, rows, filter(state, actor)),
                screen.listButtons(state, rows.size(), conversation.version())));
    }

    /** Text typed while the list is open filters by recipient. */
    public List<Outgoing> text(Conversation conversation, Incoming in, Actor actor) {
        if (!actor.hasRole()) {
            conversations.end(in.chatId());
            return List.of(Outgoing.text(in.chatId(), texts.t("access.denied")));
        }
        String wanted = in.text().strip();
        if (wanted.length() > MAX_FILTER) {
            return List.of(Outgoing.text(in.chatId(), texts.t("awards.filter_too_long", Integer.toString(MAX_FILTER))));
        }
        State state = read(conversation.data());
        state.recipient = wanted.isEmpty() ? null : wanted;
        state.page = 0;
        state.picker = null;
        Conversation next = conversations.advance(conversation, "list", write(state));
        List<StoredCommendation> rows = commendations.find(filter(state, actor));
        return List.of(Outgoing.text(
                in.chatId(),
                screen.list(state, actor, rows, filter(state, actor)),
                screen.listButtons(state, rows.size(), next.version())));
    }

    /** A press on {@code k:<version>:<action>}; the router has checked the version. */
    public List<Outgoing> press(Conversation conversation, Incoming in, Actor actor, String action) {
        if (!actor.hasRole()) {
            conversations.end(in.chatId());
            return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("access.denied"), true));
        }
        State state = read(conversation.data());
        CommendationFilter filter = filter(state, actor);
        switch (action) {
            case "n" -> state.page++;
            case "p" -> state.page = Math.max(0, state.page - 1);
            case "c" -> {
                state.year = null;
                state.form = null;
                state.issuer = null;
                state.recipient = null;
                state.page = 0;
            }
            case "b" -> state.picker = null;
            case "y" ->
                openPicker(
                        state,
                        "year",
                        commendations.years(filter).stream()
                                .map(String::valueOf)
                                .toList());
            case "f" ->
                openPicker(
                        state,
                        "form",
                        Arrays.stream(AwardForm.values()).map(Enum::name).toList());
            case "i" -> openPicker(state, "issuer", commendations.issuers(filter, PICKER_ISSUERS));
            case "x" -> {
                return export(in, state, actor);
            }
            default -> {
                if (!choose(state, action)) {
                    return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("button.stale"), false));
                }
            }
        }
        Conversation next = conversations.advance(conversation, "list", write(state));
        String text;
        List<List<Button>> buttons;
        if (state.picker == null) {
            List<StoredCommendation> rows = commendations.find(filter(state, actor));
            text = screen.list(state, actor, rows, filter(state, actor));
            buttons = screen.listButtons(state, rows.size(), next.version());
        } else {
            text = state.picker.equals("year")
                    ? texts.t("awards.pick.year")
                    : state.picker.equals("form") ? texts.t("awards.pick.form") : texts.t("awards.pick.issuer");
            buttons = screen.pickerButtons(state, next.version());
        }
        return List.of(
                Outgoing.answer(in.chatId(), in.callbackId(), null, false),
                Outgoing.edit(in.chatId(), in.messageId(), text, buttons));
    }

    private static void openPicker(State state, String picker, List<String> options) {
        state.picker = picker;
        state.options = new ArrayList<>(options);
    }

    /** {@code o<index>} picks an option of the open picker; {@code a} picks "all". */
    private static boolean choose(State state, String action) {
        if (state.picker == null || !action.matches("a|o\\d{1,3}")) {
            return false;
        }
        String value = null;
        if (action.startsWith("o")) {
            int index = Integer.parseInt(action.substring(1));
            if (index >= state.options.size()) {
                return false;
            }
            value = state.options.get(index);
        }
        switch (state.picker) {
            case "year" -> state.year = value == null ? null : Integer.valueOf(value);
            case "form" -> state.form = value;
            default -> state.issuer = value;
        }
        state.picker = null;
        state.options = new ArrayList<>();
        state.page = 0;
        return true;
    }

    private List<Outgoing> export(Incoming in, State state, Actor actor) {
        List<StoredCommendation> rows = commendations.find(filter(state, actor));
        if (rows.isEmpty()) {
            return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("awards.export_empty"), true));
        }
        String title = texts.t(
                "awards.export_title",
                state.year == null ? texts.t("awards.all_years") : texts.t("awards.year", state.year.toString()),
                screen.scopeName(actor));
        byte[] xlsx = CommendationWorkbook.render(title, rows);
        String fileName = "Khen-thuong-" + (state.year == null ? "tat-ca" : state.year.toString()) + ".xlsx";
        return List.of(
                Outgoing.answer(in.chatId(), in.callbackId(), null, false),
                Outgoing.document(
                        in.chatId(), fileName, xlsx, texts.t("awards.export_caption", Integer.toString(rows.size()))));
    }

    private CommendationFilter filter(State state, Actor actor) {
        return CommendationFilter.within(actor.scope())
                .withYear(state.year)
                .withForm(state.form == null ? null : AwardForm.valueOf(state.form))
                .withIssuer(state.issuer)
                .withRecipient(state.recipient);
    }

    private static String write(State state) {
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static State read(String data) {
        try {
            return Optional.ofNullable(JSON.readValue(data, State.class)).orElseGet(State::new);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable list state", e);
        }
    }
}

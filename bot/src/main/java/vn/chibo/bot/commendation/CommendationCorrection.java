package vn.chibo.bot.commendation;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Action;
import vn.chibo.bot.chat.form.Parsed;
import vn.chibo.bot.chat.form.Screen;
import vn.chibo.bot.chat.form.Screen.Key;
import vn.chibo.bot.chat.form.Turn;
import vn.chibo.bot.telegram.ChiboProperties;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.commendation.Commendation;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.commendation.CorrectCommendations;
import vn.chibo.content.commendation.CorrectCommendations.Field;
import vn.chibo.content.commendation.CorrectCommendations.Reason;
import vn.chibo.content.commendation.StoredCommendation;

/**
 * "✏️ Sửa, xóa" in /khenthuong_ds: a commendation saved with a mistake is corrected (the decision's number or date,
 * the issuer, the achievement) or deleted, within {@code chibo.commendations.edit-window} of its recording, as a
 * meeting's minutes are. The screens of {@link CommendationList}'s steps {@code entries}, {@code entry}, {@code fix}
 * and {@code delete}; what is saved is checked again and audited by {@link CorrectCommendations}.
 */
@Component
class CommendationCorrection {

    static final String ENTRIES = "entries";
    static final String ENTRY = "entry";
    static final String FIX = "fix";
    static final String DELETE = "delete";
    /** On the entry's screen, {@code EDIT} with {@code FIELD + ordinal} asks for that field; {@code DELETE_ASK} to delete. */
    static final int FIELD = 10;

    static final int DELETE_ASK = 20;
    /** How much of a new value the audit entry quotes. */
    private static final int AUDIT_VALUE = 300;

    private final Commendations commendations;
    private final CorrectCommendations correct;
    private final CorrectedFields fields;
    private final CommendationListScreen screen;
    private final Texts texts;
    private final Clock clock;
    private final Duration editWindow;

    CommendationCorrection(
            Commendations commendations,
            CorrectCommendations correct,
            CorrectedFields fields,
            CommendationListScreen screen,
            Texts texts,
            Clock clock,
            ChiboProperties properties) {
        this.commendations = commendations;
        this.correct = correct;
        this.fields = fields;
        this.screen = screen;
        this.texts = texts;
        this.clock = clock;
        this.editWindow = properties.commendations().editWindow();
    }

    /** Those of {@code shown} (the list's page) the person may still correct. */
    List<StoredCommendation> correctable(List<StoredCommendation> shown, Actor actor) {
        return shown.stream()
                .filter(c -> correct.correctable(c, actor, editWindow))
                .toList();
    }

    /** Which commendation of the page to correct: one button each, numbered as in the list. */
    Turn<CommendationListState> entries(
            CommendationListState state, List<StoredCommendation> page, int firstNumber, Actor actor) {
        List<StoredCommendation> open = correctable(page, actor);
        if (open.isEmpty()) {
            return new Turn.Toast<>(texts.t("awards.fix.none", days()), true);
        }
        state.picker = ENTRIES;
        state.options =
                new ArrayList<>(open.stream().map(c -> Long.toString(c.id())).toList());
        List<List<Key>> rows = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            int number = firstNumber + page.indexOf(open.get(i));
            rows.add(List.of(new Key(label(number, open.get(i)), Action.CHOOSE, i)));
        }
        rows.add(List.of(Key.of(texts.t("menu.back"), Action.BACK)));
        return new Turn.Show<>(ENTRIES, state, new Screen(texts.t("awards.fix.pick", days()), rows));
    }

    private String label(int number, StoredCommendation c) {
        String label = number + ". " + c.commendation().formLabel() + " — "
                + c.commendation().recipientName();
        return label.length() > 60 ? label.substring(0, 59) + "…" : label;
    }

    /**
     * The commendation chosen, with what can be changed; {@code heading} says what was just done. {@code list} shows
     * the list again, when the commendation can no longer be corrected.
     */
    Turn<CommendationListState> entry(
            CommendationListState state, Actor actor, String heading, Supplier<Turn<CommendationListState>> list) {
        Optional<StoredCommendation> stored = stillCorrectable(state, actor);
        if (stored.isEmpty()) {
            return backToList(state, texts.t("awards.fix.gone"), list);
        }
        state.picker = null;
        state.field = null;
        state.deleting = false;
        Commendation c = stored.get().commendation();
        String text = (heading == null ? "" : heading + "\n\n")
                + texts.t(
                        "awards.fix.entry",
                        screen.line(stored.get()),
                        stored.get()
                                .recordedAt()
                                .plus(editWindow)
                                .atZone(clock.getZone())
                                .format(PartyCalendar.DAY));
        List<List<Key>> rows = new ArrayList<>();
        rows.add(List.of(fieldKey(Field.DECISION_NUMBER), fieldKey(Field.DECISION_DATE)));
        List<Key> more = new ArrayList<>(List.of(fieldKey(Field.ISSUER)));
        if (c.achievement() != null) {
            more.add(fieldKey(Field.ACHIEVEMENT));
        }
        rows.add(more);
        rows.add(List.of(new Key(texts.t("awards.fix.delete"), Action.EDIT, DELETE_ASK)));
        rows.add(List.of(Key.of(texts.t("awards.fix.back_to_list"), Action.BACK)));
        return new Turn.Show<>(ENTRY, state, new Screen(text, rows));
    }

    private Key fieldKey(Field field) {
        return new Key(fields.name(field), Action.EDIT, FIELD + field.ordinal());
    }

    /** A press while a commendation is open: a field to change, delete, confirm, or back. */
    Turn<CommendationListState> pressed(
            CommendationListState state,
            Action action,
            int index,
            Actor actor,
            Supplier<Turn<CommendationListState>> list) {
        if (action == Action.BACK) {
            return state.field != null || state.deleting
                    ? entry(state, actor, null, list)
                    : backToList(state, null, list);
        }
        if (action == Action.SAVE && state.deleting) {
            return delete(state, actor, list);
        }
        if (action == Action.EDIT && state.field == null && !state.deleting) {
            if (index == DELETE_ASK) {
                return askToDelete(state, actor, list);
            }
            if (index >= FIELD && index < FIELD + Field.values().length) {
                return ask(state, Field.values()[index - FIELD], actor, list);
            }
        }
        return new Turn.Toast<>(texts.t("button.stale"), false);
    }

    private Turn<CommendationListState> ask(
            CommendationListState state, Field field, Actor actor, Supplier<Turn<CommendationListState>> list) {
        Optional<StoredCommendation> stored = stillCorrectable(state, actor);
        if (stored.isEmpty()) {
            return backToList(state, texts.t("awards.fix.gone"), list);
        }
        Commendation c = stored.get().commendation();
        if (field == Field.ACHIEVEMENT && c.achievement() == null) {
            // Only offered where there is one (a Huy hiệu has none): a press that asks it anyway is stale.
            return new Turn.Toast<>(texts.t("button.stale"), false);
        }
        state.field = field.name();
        String now = fields.current(c, field);
        String prompt = texts.t("awards.fix.ask", fields.name(field), now == null ? texts.t("form.none") : now);
        return new Turn.Show<>(
                FIX, state, new Screen(prompt, List.of(List.of(Key.of(texts.t("menu.back"), Action.BACK)))));
    }

    /** The new value typed for the field asked. */
    Turn<CommendationListState> typed(
            CommendationListState state, String text, Actor actor, Supplier<Turn<CommendationListState>> list) {
        Field field = Field.valueOf(state.field);
        Parsed parsed = fields.read(field, text);
        if (parsed.error() != null) {
            return new Turn.Say<>(parsed.error());
        }
        Optional<Reason> refused = correct.correct(
                state.correcting,
                field,
                parsed.value(),
                actor,
                editWindow,
                was -> texts.t("awards.fix.audit", fields.name(field), screen.line(was), clipped(parsed.label())));
        if (refused.isPresent()) {
            return refusal(state, refused.get(), parsed.label(), list);
        }
        return entry(state, actor, texts.t("awards.fix.done", fields.name(field), parsed.label()), list);
    }

    private Turn<CommendationListState> refusal(
            CommendationListState state, Reason reason, String typed, Supplier<Turn<CommendationListState>> list) {
        return switch (reason) {
            case DECISION_DATE -> new Turn.Say<>(texts.t("awards.fix.bad_date", typed));
            case NOT_YET_ELIGIBLE -> new Turn.Say<>(texts.t("awards.fix.badge_too_early", typed));
            case TOO_LATE -> backToList(state, texts.t("awards.fix.too_late", days()), list);
            case GONE -> backToList(state, texts.t("awards.fix.gone"), list);
        };
    }

    private Turn<CommendationListState> askToDelete(
            CommendationListState state, Actor actor, Supplier<Turn<CommendationListState>> list) {
        Optional<StoredCommendation> stored = stillCorrectable(state, actor);
        if (stored.isEmpty()) {
            return backToList(state, texts.t("awards.fix.gone"), list);
        }
        state.deleting = true;
        return new Turn.Show<>(
                DELETE,
                state,
                new Screen(
                        texts.t("awards.fix.delete_ask", screen.line(stored.get())),
                        List.of(List.of(
                                Key.of(texts.t("history.delete_yes"), Action.SAVE),
                                Key.of(texts.t("history.delete_no"), Action.BACK)))));
    }

    private Turn<CommendationListState> delete(
            CommendationListState state, Actor actor, Supplier<Turn<CommendationListState>> list) {
        Optional<StoredCommendation> stored = commendations.find(state.correcting);
        String line = stored.map(screen::line).orElse("");
        Optional<Reason> refused = correct.withdraw(state.correcting, actor, editWindow, line);
        if (refused.isPresent()) {
            return refusal(state, refused.get(), "", list);
        }
        return backToList(state, texts.t("awards.fix.deleted", line), list);
    }

    private Optional<StoredCommendation> stillCorrectable(CommendationListState state, Actor actor) {
        return state.correcting == null
                ? Optional.empty()
                : commendations.find(state.correcting).filter(c -> correct.correctable(c, actor, editWindow));
    }

    /** Leaves the commendation: the list again, headed by {@code notice} when there is one. */
    private static Turn<CommendationListState> backToList(
            CommendationListState state, String notice, Supplier<Turn<CommendationListState>> list) {
        state.correcting = null;
        state.field = null;
        state.deleting = false;
        state.picker = null;
        state.notice = notice;
        return list.get();
    }

    /** A long achievement quoted in the audit entry, cut to fit its column with the rest. */
    private static String clipped(String value) {
        return value.length() > AUDIT_VALUE ? value.substring(0, AUDIT_VALUE - 1) + "…" : value;
    }

    private String days() {
        return Long.toString(editWindow.toDays());
    }
}

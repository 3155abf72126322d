package vn.chibo.bot.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Action;
import vn.chibo.bot.chat.form.Flow;
import vn.chibo.bot.chat.form.Screen;
import vn.chibo.bot.chat.form.Turn;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.commendation.CommendationFilter;
import vn.chibo.content.commendation.CommendationWorkbook;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.commendation.StoredCommendation;

/**
 * /khenthuong_ds: the commendations of the person's scope, filtered by year (this year at first), form, issuer and
 * recipient (typed), ten to a page, with counts by form and an .xlsx export of what the filter selects. A flow on the
 * form engine: the filter lives in the conversation, buttons carry only the version and an action.
 */
@Component
class CommendationList implements Flow<CommendationListState> {

    public static final String FLOW = "awards";
    static final String LIST = "list";
    static final String PICKER = "picker";
    static final int PAGE = 10;
    /** The filters, by the index their button carries. */
    static final int YEAR = 0;

    static final int FORM = 1;
    static final int ISSUER = 2;
    /** "✏️ Sửa, xóa": which commendation of the page to correct. */
    static final int CORRECT = 3;

    private static final int MAX_FILTER = 100;
    private static final int PICKER_ISSUERS = 12;

    private final Commendations commendations;
    private final Texts texts;
    private final Clock clock;
    private final CommendationListScreen screen;
    private final CommendationCorrection correction;

    CommendationList(
            Commendations commendations,
            Texts texts,
            Clock clock,
            CommendationListScreen screen,
            CommendationCorrection correction) {
        this.commendations = commendations;
        this.texts = texts;
        this.clock = clock;
        this.screen = screen;
        this.correction = correction;
    }

    @Override
    public String name() {
        return FLOW;
    }

    @Override
    public Class<CommendationListState> stateType() {
        return CommendationListState.class;
    }

    @Override
    public List<String> steps() {
        return List.of(
                LIST,
                PICKER,
                CommendationCorrection.ENTRIES,
                CommendationCorrection.ENTRY,
                CommendationCorrection.FIX,
                CommendationCorrection.DELETE);
    }

    @Override
    public boolean allows(Actor actor) {
        return actor.hasRole();
    }

    /** Where the list opens: this year's commendations. */
    CommendationListState thisYear() {
        CommendationListState state = new CommendationListState();
        state.year = LocalDate.now(clock).getYear();
        return state;
    }

    @Override
    public Turn<CommendationListState> opened(CommendationListState state, Actor actor) {
        return list(state, actor);
    }

    /** Text typed while the list is open filters by recipient; while a correction is asked, it is the new value. */
    @Override
    public Turn<CommendationListState> typed(CommendationListState state, String text, Actor actor) {
        if (state.correcting != null) {
            return state.field != null
                    ? correction.typed(state, text, actor, () -> list(state, actor))
                    : new Turn.UseButtons<>();
        }
        String wanted = text.strip();
        if (wanted.length() > MAX_FILTER) {
            return new Turn.Say<>(texts.t("awards.filter_too_long", Integer.toString(MAX_FILTER)));
        }
        state.recipient = wanted.isEmpty() ? null : wanted;
        state.page = 0;
        state.picker = null;
        return list(state, actor);
    }

    @Override
    public Turn<CommendationListState> pressed(CommendationListState state, Action action, int index, Actor actor) {
        if (state.correcting != null) {
            return correction.pressed(state, action, index, actor, () -> list(state, actor));
        }
        if (CommendationCorrection.ENTRIES.equals(state.picker) && (action == Action.CHOOSE || action == Action.BACK)) {
            return chooseEntry(state, action == Action.CHOOSE ? index : -1, actor);
        }
        CommendationFilter filter = filter(state, actor);
        switch (action) {
            case PAGE -> state.page = Math.max(0, index);
            case CLEAR -> {
                // "Bỏ lọc" clears what narrows the list; the year stays, as it is chosen on its own button.
                state.form = null;
                state.issuer = null;
                state.recipient = null;
                state.page = 0;
            }
            case BACK -> state.picker = null;
            case EDIT -> {
                if (index == CORRECT) {
                    List<StoredCommendation> rows = commendations.find(filter);
                    return correction.entries(state, page(state, rows), state.page * PAGE + 1, actor);
                }
                return picker(state, index, filter);
            }
            case CHOOSE, SKIP -> {
                if (!choose(state, action == Action.CHOOSE ? index : -1)) {
                    return new Turn.Toast<>(texts.t("button.stale"), false);
                }
            }
            case EXPORT -> {
                return export(state, actor);
            }
            default -> {
                return new Turn.Toast<>(texts.t("button.stale"), false);
            }
        }
        return list(state, actor);
    }

    private Turn<CommendationListState> list(CommendationListState state, Actor actor) {
        List<StoredCommendation> rows = commendations.find(filter(state, actor));
        String text = screen.list(state, actor, rows, filter(state, actor));
        if (state.notice != null) {
            text = state.notice + "\n\n" + text;
            state.notice = null;
        }
        boolean correctable = !correction.correctable(page(state, rows), actor).isEmpty();
        return new Turn.Show<>(LIST, state, new Screen(text, screen.listButtons(state, rows.size(), correctable)));
    }

    /** The rows of the page shown. */
    private static List<StoredCommendation> page(CommendationListState state, List<StoredCommendation> rows) {
        int from = Math.min(state.page * PAGE, rows.size());
        return rows.subList(from, Math.min(rows.size(), from + PAGE));
    }

    /** A commendation picked from "✏️ Sửa, xóa" (-1: back to the list). */
    private Turn<CommendationListState> chooseEntry(CommendationListState state, int index, Actor actor) {
        if (index >= state.options.size()) {
            return new Turn.Toast<>(texts.t("button.stale"), false);
        }
        state.picker = null;
        if (index < 0) {
            state.options = new ArrayList<>();
            return list(state, actor);
        }
        state.correcting = Long.valueOf(state.options.get(index));
        state.options = new ArrayList<>();
        return correction.entry(state, actor, null, () -> list(state, actor));
    }

    private Turn<CommendationListState> picker(CommendationListState state, int which, CommendationFilter filter) {
        switch (which) {
            case YEAR -> {
                state.picker = "year";
                state.options = new ArrayList<>(commendations.years(filter).stream()
                        .map(String::valueOf)
                        .toList());
            }
            case FORM -> {
                state.picker = "form";
                state.options = new ArrayList<>(
                        Arrays.stream(AwardForm.values()).map(Enum::name).toList());
            }
            case ISSUER -> {
                state.picker = "issuer";
                state.options = new ArrayList<>(commendations.issuers(filter, PICKER_ISSUERS));
            }
            default -> {
                return new Turn.Toast<>(texts.t("button.stale"), false);
            }
        }
        String prompt =
                switch (which) {
                    case YEAR -> texts.t("awards.pick.year");
                    case FORM -> texts.t("awards.pick.form");
                    default -> texts.t("awards.pick.issuer");
                };
        return new Turn.Show<>(PICKER, state, new Screen(prompt, screen.pickerButtons(state)));
    }

    /** Picks the option at {@code index} of the open picker; -1 picks "all". False when no such option is open. */
    private static boolean choose(CommendationListState state, int index) {
        if (state.picker == null || index >= state.options.size()) {
            return false;
        }
        String value = index < 0 ? null : state.options.get(index);
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

    private Turn<CommendationListState> export(CommendationListState state, Actor actor) {
        List<StoredCommendation> rows = commendations.find(filter(state, actor));
        if (rows.isEmpty()) {
            return new Turn.Toast<>(texts.t("awards.export_empty"), true);
        }
        String title = texts.t(
                "awards.export_title",
                state.year == null ? texts.t("awards.all_years") : texts.t("awards.year", state.year.toString()),
                screen.scopeName(actor));
        String fileName = "Khen-thuong-" + (state.year == null ? "tat-ca" : state.year.toString()) + ".xlsx";
        return new Turn.Attach<>(
                fileName,
                CommendationWorkbook.render(title, rows),
                texts.t("awards.export_caption", Integer.toString(rows.size())));
    }

    private CommendationFilter filter(CommendationListState state, Actor actor) {
        return CommendationFilter.within(actor.scope())
                .withYear(state.year)
                .withForm(state.form == null ? null : AwardForm.valueOf(state.form))
                .withIssuer(state.issuer)
                .withRecipient(state.recipient);
    }
}

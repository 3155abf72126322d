package vn.chibo.bot.commendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Action;
import vn.chibo.bot.chat.form.Screen.Key;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.commendation.Commendation;
import vn.chibo.content.commendation.CommendationFilter;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.commendation.StoredCommendation;

/** How /khenthuong_ds looks: the list a page at a time with its counts, the filter buttons, and the pickers. */
@Component
class CommendationListScreen {

    private final Commendations commendations;
    private final Texts texts;

    CommendationListScreen(Commendations commendations, Texts texts) {
        this.commendations = commendations;
        this.texts = texts;
    }

    String scopeName(Actor actor) {
        return actor.acting() != null ? actor.acting().unit().name() : texts.t("awards.everything");
    }

    String list(CommendationListState state, Actor actor, List<StoredCommendation> rows, CommendationFilter filter) {
        int pages = Math.max(1, (rows.size() + CommendationList.PAGE - 1) / CommendationList.PAGE);
        state.page = Math.min(state.page, pages - 1);
        List<String> lines = new ArrayList<>();
        lines.add(texts.t("awards.title", scopeName(actor)));
        lines.add(texts.t(
                "awards.filters",
                state.year == null ? texts.t("awards.all") : state.year.toString(),
                state.form == null
                        ? texts.t("awards.all")
                        : AwardForm.valueOf(state.form).vietnamese(),
                state.issuer == null ? texts.t("awards.all") : state.issuer,
                state.recipient == null ? texts.t("awards.all") : "“" + state.recipient + "”"));
        if (rows.isEmpty()) {
            lines.add("");
            lines.add(texts.t("awards.none"));
            return String.join("\n", lines);
        }
        lines.add(texts.t("awards.total", Integer.toString(rows.size()), tallies(filter, rows)));
        lines.add("");
        for (int i = state.page * CommendationList.PAGE;
                i < Math.min(rows.size(), (state.page + 1) * CommendationList.PAGE);
                i++) {
            lines.add((i + 1) + ". " + line(rows.get(i)));
        }
        lines.add("");
        lines.add(texts.t("awards.page", Integer.toString(state.page + 1), Integer.toString(pages)));
        return String.join("\n", lines);
    }

    /**
     * "Bằng khen: 3 tập thể, 5 cá nhân; Giấy khen: 4 tập thể": the counts of the list shown. A recipient's name is
     * matched in Java, with or without diacritics, so the list's own rows are counted then.
     */
    private String tallies(CommendationFilter filter, List<StoredCommendation> rows) {
        List<String> parts = new ArrayList<>();
        boolean byName = filter.recipient() != null && !filter.recipient().isBlank();
        for (Map.Entry<AwardForm, Commendations.Tally> e :
                (byName ? countByForm(rows) : commendations.countByForm(filter)).entrySet()) {
            List<String> counts = new ArrayList<>();
            if (e.getValue().collectives() > 0) {
                counts.add(
                        texts.t("awards.collectives", Long.toString(e.getValue().collectives())));
            }
            if (e.getValue().persons() > 0) {
                counts.add(texts.t("awards.persons", Long.toString(e.getValue().persons())));
            }
            parts.add(e.getKey().vietnamese() + ": " + String.join(", ", counts));
        }
        return String.join("; ", parts);
    }

    private static Map<AwardForm, Commendations.Tally> countByForm(List<StoredCommendation> rows) {
        Map<AwardForm, Commendations.Tally> byForm = new LinkedHashMap<>();
        for (AwardForm form : AwardForm.values()) {
            long collectives = rows.stream()
                    .filter(r ->
                            r.commendation().form() == form && r.commendation().collective())
                    .count();
            long persons = rows.stream()
                    .filter(r ->
                            r.commendation().form() == form && !r.commendation().collective())
                    .count();
            if (collectives + persons > 0) {
                byForm.put(form, new Commendations.Tally(collectives, persons));
            }
        }
        return byForm;
    }

    String line(StoredCommendation stored) {
        Commendation c = stored.commendation();
        String who = c.collective()
                ? texts.t("awards.line.collective", c.recipientName())
                : texts.t("awards.line.person", c.recipientName(), stored.unitName());
        StringBuilder line = new StringBuilder(c.formLabel())
                .append(" — ")
                .append(who)
                .append(" — ")
                .append(c.issuer());
        if (c.decisionNumber() != null || c.decisionDate() != null) {
            line.append(" (")
                    .append(texts.t(
                                    "awards.line.decision",
                                    c.decisionNumber() == null ? "" : texts.t("awards.line.number", c.decisionNumber()),
                                    c.decisionDate() == null
                                            ? ""
                                            : texts.t(
                                                    "awards.line.date",
                                                    c.decisionDate().format(PartyCalendar.DAY)))
                            .strip())
                    .append(")");
        }
        if (c.period() != null) {
            line.append(", ").append(c.period().label());
        }
        return line.toString();
    }

    /**
     * The list's buttons: pages, the three filters, the export, "clear" when something is filtered, and "correct" when
     * the page shows a commendation the person may still correct.
     */
    List<List<Key>> listButtons(CommendationListState state, int total, boolean correctable) {
        List<List<Key>> rows = new ArrayList<>();
        List<Key> paging = new ArrayList<>();
        if (state.page > 0) {
            paging.add(new Key(texts.t("awards.button.previous"), Action.PAGE, state.page - 1));
        }
        if ((state.page + 1) * CommendationList.PAGE < total) {
            paging.add(new Key(texts.t("awards.button.next"), Action.PAGE, state.page + 1));
        }
        if (!paging.isEmpty()) {
            rows.add(paging);
        }
        rows.add(List.of(
                new Key(texts.t("awards.button.year"), Action.EDIT, CommendationList.YEAR),
                new Key(texts.t("awards.button.form"), Action.EDIT, CommendationList.FORM),
                new Key(texts.t("awards.button.issuer"), Action.EDIT, CommendationList.ISSUER)));
        List<Key> last = new ArrayList<>();
        if (total > 0) {
            last.add(Key.of(texts.t("awards.button.export"), Action.EXPORT));
        }
        if (state.year == null || state.form != null || state.issuer != null || state.recipient != null) {
            last.add(Key.of(texts.t("awards.button.clear"), Action.CLEAR));
        }
        if (!last.isEmpty()) {
            rows.add(last);
        }
        if (correctable) {
            rows.add(List.of(new Key(texts.t("awards.button.correct"), Action.EDIT, CommendationList.CORRECT)));
        }
        return rows;
    }

    /** The open picker: its options (three to a row, issuers one to a row), "all" and back. */
    List<List<Key>> pickerButtons(CommendationListState state) {
        List<List<Key>> rows = new ArrayList<>();
        List<Key> row = new ArrayList<>();
        for (int i = 0; i < state.options.size(); i++) {
            String value = state.options.get(i);
            String label =
                    switch (state.picker) {
                        case "form" -> AwardForm.valueOf(value).vietnamese();
                        case "issuer" -> value.length() > 40 ? value.substring(0, 37) + "…" : value;
                        default -> value;
                    };
            row.add(new Key(label, Action.CHOOSE, i));
            if (row.size() == (state.picker.equals("issuer") ? 1 : 3)) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        rows.add(List.of(Key.of(texts.t("awards.button.all"), Action.SKIP), Key.of(texts.t("menu.back"), Action.BACK)));
        return rows;
    }
}

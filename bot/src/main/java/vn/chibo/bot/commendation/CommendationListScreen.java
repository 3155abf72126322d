package vn.chibo.bot.commendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.commendation.Commendation;
import vn.chibo.content.commendation.CommendationFilter;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.commendation.StoredCommendation;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;

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

    String list(CommendationList.State state, Actor actor, List<StoredCommendation> rows, CommendationFilter filter) {
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
        lines.add(texts.t("awards.total", Integer.toString(rows.size()), tallies(filter)));
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

    /** "Bằng khen: 3 tập thể, 5 cá nhân; Giấy khen: 4 tập thể" (counts ignore the recipient filter: they describe the scope). */
    private String tallies(CommendationFilter filter) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<AwardForm, Commendations.Tally> e :
                commendations.countByForm(filter).entrySet()) {
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

    private String line(StoredCommendation stored) {
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

    List<List<Button>> listButtons(CommendationList.State state, int total, int version) {
        List<List<Button>> rows = new ArrayList<>();
        List<Button> paging = new ArrayList<>();
        if (state.page > 0) {
            paging.add(button(texts.t("awards.button.previous"), version, "p"));
        }
        if ((state.page + 1) * CommendationList.PAGE < total) {
            paging.add(button(texts.t("awards.button.next"), version, "n"));
        }
        if (!paging.isEmpty()) {
            rows.add(paging);
        }
        rows.add(List.of(
                button(texts.t("awards.button.year"), version, "y"),
                button(texts.t("awards.button.form"), version, "f"),
                button(texts.t("awards.button.issuer"), version, "i")));
        List<Button> last = new ArrayList<>();
        if (total > 0) {
            last.add(button(texts.t("awards.button.export"), version, "x"));
        }
        if (state.year == null || state.form != null || state.issuer != null || state.recipient != null) {
            last.add(button(texts.t("awards.button.clear"), version, "c"));
        }
        if (!last.isEmpty()) {
            rows.add(last);
        }
        return rows;
    }

    List<List<Button>> pickerButtons(CommendationList.State state, int version) {
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (int i = 0; i < state.options.size(); i++) {
            String value = state.options.get(i);
            String label =
                    switch (state.picker) {
                        case "form" -> AwardForm.valueOf(value).vietnamese();
                        case "issuer" -> value.length() > 40 ? value.substring(0, 37) + "…" : value;
                        default -> value;
                    };
            row.add(button(label, version, "o" + i));
            if (row.size() == (state.picker.equals("issuer") ? 1 : 3)) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        rows.add(List.of(
                button(texts.t("awards.button.all"), version, "a"), button(texts.t("menu.back"), version, "b")));
        return rows;
    }

    private static Button button(String label, int version, String action) {
        return Button.callback(label, CallbackData.of(CommendationList.PREFIX, version, action));
    }
}

package vn.chibo.bot.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.status.Overview;
import vn.chibo.content.status.Period;
import vn.chibo.scheduler.reminder.ReminderTexts;

/** A unit's overview as the status message says it: meetings held, thematic meetings, reports, commendations. */
@Component
class OverviewText {

    private final Texts texts;
    private final ReminderTexts reminderTexts;
    private final PeriodLabels labels;

    OverviewText(Texts texts, PeriodLabels labels, ReminderTexts reminderTexts) {
        this.reminderTexts = reminderTexts;
        this.texts = texts;
        this.labels = labels;
    }

    String render(Overview o, Period period) {
        OrgUnit unit = o.unit();
        List<String> lines = new ArrayList<>();
        lines.add(texts.t("status.title", unit.name(), labels.of(period)));
        lines.add(texts.t("status.cells", Integer.toString(o.cells())));
        lines.add(
                period.kind() == Period.Kind.MONTH
                        ? texts.t(
                                "status.monthly.month",
                                Integer.toString(o.monthly().done()),
                                Integer.toString(o.monthly().expected()),
                                Integer.toString(o.monthly().percent()))
                        : texts.t(
                                "status.monthly.longer",
                                Integer.toString(o.monthly().done()),
                                Integer.toString(o.monthly().expected()),
                                Integer.toString(o.monthly().percent())));
        Period quarter = Period.quarterOf(period.from());
        lines.add(
                period.kind() == Period.Kind.YEAR
                        ? texts.t(
                                "status.thematic.year",
                                Integer.toString(o.thematic().done()),
                                Integer.toString(o.thematic().expected()),
                                Integer.toString(o.thematic().percent()))
                        : texts.t(
                                "status.thematic.quarter",
                                labels.of(quarter),
                                Integer.toString(o.thematic().done()),
                                Integer.toString(o.thematic().expected()),
                                Integer.toString(o.thematic().percent())));
        if (o.deadlines().isEmpty()) {
            lines.add(texts.t("status.deadlines.none"));
        }
        for (Overview.DeadlineStatus d : o.deadlines()) {
            String due = d.dueOn().format(PartyCalendar.DAY);
            lines.add(
                    d.overdue()
                            ? texts.t(
                                    "status.deadline.overdue",
                                    d.title(),
                                    due,
                                    Integer.toString(d.submitted()),
                                    Integer.toString(d.total()),
                                    reminderTexts.counted(d.counted()))
                            : texts.t(
                                    "status.deadline",
                                    d.title(),
                                    due,
                                    Integer.toString(d.submitted()),
                                    Integer.toString(d.total()),
                                    reminderTexts.counted(d.counted())));
        }
        lines.add(texts.t("status.awards", Integer.toString(o.awardsYear()), awards(o.awards())));
        lines.add(texts.t("status.flagged", Integer.toString(o.flaggedMembers())));
        if (!o.children().isEmpty()) {
            lines.add("");
            lines.add(texts.t("status.children"));
        }
        return String.join("\n", lines);
    }

    String awards(Map<AwardForm, Commendations.Tally> byForm) {
        if (byForm.isEmpty()) {
            return texts.t("status.awards.none");
        }
        List<String> parts = new ArrayList<>();
        byForm.forEach((form, t) -> parts.add(texts.t(
                "status.awards.form", form.vietnamese(), Long.toString(t.collectives()), Long.toString(t.persons()))));
        return String.join("; ", parts);
    }
}

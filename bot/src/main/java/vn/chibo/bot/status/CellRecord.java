package vn.chibo.bot.status;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.meeting.MeetingHistory;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Scope;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.commendation.CommendationFilter;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.dues.Dues;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.meeting.StoredMeeting;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.status.Overview;
import vn.chibo.content.status.Period;
import vn.chibo.content.status.StatusQueries;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * One cell's record for a period: its meetings (minutes downloadable), its reporting deadlines, its commendations, and
 * its dues (the latest month entered by the period's end, counted, no names).
 */
@Component
class CellRecord {

    static final int MINUTES_BUTTONS = 12;

    private final Meetings meetings;
    private final MeetingHistory history;
    private final StatusQueries queries;
    private final Commendations commendations;
    private final Texts texts;
    private final PeriodLabels labels;
    private final Dues dues;

    CellRecord(
            Meetings meetings,
            MeetingHistory history,
            StatusQueries queries,
            Commendations commendations,
            Texts texts,
            PeriodLabels labels,
            Dues dues) {
        this.dues = dues;
        this.meetings = meetings;
        this.history = history;
        this.queries = queries;
        this.commendations = commendations;
        this.texts = texts;
        this.labels = labels;
    }

    String text(OrgUnit cell, Period period) {
        Overview o = queries.overview(cell, period);
        List<String> lines = new ArrayList<>();
        lines.add(texts.t("status.cell.title", cell.name(), labels.of(period)));
        lines.add(texts.t(
                "status.cell.monthly",
                Integer.toString(o.monthly().done()),
                Integer.toString(o.monthly().expected())));
        lines.add(texts.t(
                "status.cell.thematic",
                Integer.toString(o.thematic().done()),
                Integer.toString(o.thematic().expected())));
        List<StoredMeeting> held = meetings.between(cell.id(), period.from(), period.to());
        if (held.isEmpty()) {
            lines.add(texts.t("status.cell.no_meetings"));
        }
        for (StoredMeeting m : held) {
            long present =
                    m.record().attendance().stream().filter(a -> a.present()).count();
            lines.add(texts.t(
                    "status.cell.meeting",
                    m.record().heldOn().format(PartyCalendar.DAY),
                    kind(m.record().kind()),
                    Long.toString(present),
                    Integer.toString(m.record().attendance().size())));
        }
        for (Overview.DeadlineStatus d : o.deadlines()) {
            String due = d.dueOn().format(PartyCalendar.DAY);
            if (d.submitted() == d.total()) {
                lines.add(texts.t("status.cell.report_done", d.title(), due));
            } else if (d.overdue()) {
                lines.add(texts.t("status.cell.report_late", d.title(), due));
            } else {
                lines.add(texts.t("status.cell.report_open", d.title(), due));
            }
        }
        long awards = commendations
                .find(CommendationFilter.within(Scope.of(cell)).withYear(period.year()))
                .size();
        lines.add(texts.t("status.cell.awards", Integer.toString(period.year()), Long.toString(awards)));
        lines.add(texts.t("status.flagged", Integer.toString(o.flaggedMembers())));
        java.time.YearMonth last = java.time.YearMonth.from(period.to());
        lines.add(dues.lastEntered(cell.id(), last)
                .map(month -> dues.month(cell.id(), month))
                .map(m -> texts.t(
                        "status.cell.dues",
                        m.month().format(PartyCalendar.MONTH),
                        Integer.toString(m.paid()),
                        Integer.toString(m.recorded())))
                .orElseGet(() -> texts.t("status.cell.dues_none")));
        return String.join("\n", lines);
    }

    private String kind(MeetingKind kind) {
        return switch (kind) {
            case MONTHLY -> texts.t("meeting.kind.monthly");
            case THEMATIC -> texts.t("meeting.kind.thematic");
            case COMBINED -> texts.t("meeting.kind.combined");
            case FORUM -> texts.t("meeting.kind.forum");
            case THEMATIC_FORUM -> texts.t("meeting.kind.thematic_forum");
            case EXTRAORDINARY -> texts.t("meeting.kind.extraordinary");
        };
    }

    List<List<Button>> minutesButtons(OrgUnit cell, Period period) {
        List<List<Button>> rows = new ArrayList<>();
        List<StoredMeeting> held = meetings.between(cell.id(), period.from(), period.to());
        List<Button> row = new ArrayList<>();
        for (StoredMeeting m : held.subList(Math.max(0, held.size() - MINUTES_BUTTONS), held.size())) {
            row.add(StatusView.button(
                    texts.t("status.cell.minutes", m.record().heldOn().format(DateTimeFormatter.ofPattern("d/M"))),
                    cell,
                    period,
                    "d" + m.id()));
            if (row.size() == 3) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    List<Outgoing> minutes(Incoming in, Actor actor, long meetingId) {
        List<Outgoing> documents = history.minutes(meetingId, actor.scope(), in.chatId());
        if (documents.isEmpty()) {
            return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("button.stale"), false));
        }
        List<Outgoing> out = new ArrayList<>();
        out.add(Outgoing.answer(in.chatId(), in.callbackId(), null, false));
        out.addAll(documents);
        return out;
    }
}

package vn.chibo.bot.meeting;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.form.Flows;
import vn.chibo.bot.chat.form.Forms;
import vn.chibo.bot.telegram.ChiboProperties;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.meeting.Attendance;
import vn.chibo.content.meeting.MeetingAssessment;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.meeting.MinutesDocument;
import vn.chibo.content.meeting.Presence;
import vn.chibo.content.meeting.StoredMeeting;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * /lichsu: the cell's latest meetings. Buttons {@code h:<id>[:action]} name a meeting, so every press
 * checks that it belongs to the cell the person acts for; a forged id gets nothing and is logged.
 */
@Component
public class MeetingHistory {

    public static final String PREFIX = "h";
    static final int SHOWN = 10;
    /** {@code h:all}: back from a meeting to the list, in place. */
    static final String BACK = "all";

    private static final Logger log = LoggerFactory.getLogger(MeetingHistory.class);

    private final Meetings meetings;
    private final OrgUnits units;
    private final MeetingForm form;
    private final MinutesFile minutesFile;
    private final StoredAnswers stored;
    private final Forms forms;
    private final Flows flows;
    private final MeetingDeletion deletion;
    private final Texts texts;
    private final Clock clock;
    private final Duration editWindow;
    private final MeetingAssessment assessment;

    MeetingHistory(
            Meetings meetings,
            OrgUnits units,
            MeetingForm form,
            MinutesFile minutesFile,
            StoredAnswers stored,
            Forms forms,
            Flows flows,
            MeetingDeletion deletion,
            Texts texts,
            Clock clock,
            ChiboProperties properties,
            MeetingAssessment assessment) {
        this.meetings = meetings;
        this.units = units;
        this.form = form;
        this.minutesFile = minutesFile;
        this.stored = stored;
        this.forms = forms;
        this.flows = flows;
        this.deletion = deletion;
        this.texts = texts;
        this.clock = clock;
        this.editWindow = properties.meetings().editWindow();
        this.assessment = assessment;
    }

    public List<Outgoing> start(Incoming in, Actor actor) {
        return forms.start(form, in, actor);
    }

    public List<Outgoing> list(Incoming in, Actor actor) {
        if (!actor.actsForCell()) {
            return deny(in);
        }
        List<List<Button>> rows = listed(actor);
        return List.of(Outgoing.text(in.chatId(), listTitle(actor, rows), rows));
    }

    /** What heads the list: the cell's name, or that it has logged no meeting yet. */
    private String listTitle(Actor actor, List<List<Button>> rows) {
        return rows.isEmpty()
                ? texts.t("history.empty")
                : texts.t("history.title", actor.acting().unit().name());
    }

    /** The cell's recent meetings, one button each. */
    private List<List<Button>> listed(Actor actor) {
        return meetings.recent(MeetingForm.cellOf(actor), SHOWN).stream()
                .map(m -> List.of(Button.callback(
                        texts.t(
                                "history.item",
                                m.record().heldOn().format(PartyCalendar.DAY),
                                texts.t("meeting.kind."
                                        + m.record().kind().name().toLowerCase())),
                        CallbackData.of(PREFIX, m.id()))))
                .toList();
    }

    /** A press on {@code h:<id>} or {@code h:<id>:<action>} (d: minutes, x: ask to delete, e: edit). */
    public List<Outgoing> press(Incoming in, Actor actor, String id, String action) {
        if (id.equals(BACK) && actor.actsForCell()) {
            List<List<Button>> rows = listed(actor);
            return edit(in, listTitle(actor, rows), rows);
        }
        Optional<StoredMeeting> meeting = actor.actsForCell() && id.matches("\\d{1,18}")
                ? meetings.find(Long.parseLong(id)).filter(m -> m.record().cellId() == MeetingForm.cellOf(actor))
                : Optional.empty();
        if (meeting.isEmpty()) {
            log.warn(
                    "User {} pressed a meeting button outside their cell or for a missing meeting: {}",
                    in.userId(),
                    in.callbackData());
            return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("button.stale"), false));
        }
        StoredMeeting m = meeting.get();
        boolean editable = clock.instant().isBefore(m.recordedAt().plus(editWindow));
        return switch (action) {
            case "d" -> answered(in, minutesOf(m, in.chatId()));
            case "x" ->
                editable
                        ? flows.begin(
                                deletion,
                                MeetingDeletion.Asked.of(
                                        m.id(),
                                        texts.t("meeting.kind."
                                                + m.record().kind().name().toLowerCase()),
                                        date(m)),
                                in,
                                actor,
                                true)
                        : tooLate(in);
            case "e" ->
                editable ? forms.startAtSummary(form, in, actor, stored.values(m), stored.labels(m)) : tooLate(in);
            default -> edit(in, details(m), buttons(m, editable));
        };
    }

    /** The documents of a stored meeting (minutes, and a monthly meeting's resolution), from its record. */
    private List<Outgoing> minutesOf(StoredMeeting m, long chatId) {
        MeetingRecord r = m.record();
        return minutesFile.of(
                chatId,
                units.get(r.cellId()),
                r,
                assessment.of(r),
                new MinutesDocument.Names(
                        stored.name(r, r.chairId()),
                        stored.name(r, r.minuteTakerId()),
                        r.presenterId() == null ? null : stored.name(r, r.presenterId())),
                null);
    }

    /** The documents of a meeting in {@code scope} (a leader drilling down to a cell), addressed to {@code chatId}; empty otherwise. */
    public List<Outgoing> minutes(long meetingId, vn.chibo.content.access.Scope scope, long chatId) {
        return meetings.find(meetingId)
                .filter(m -> scope.includes(units.get(m.record().cellId())))
                .map(m -> minutesOf(m, chatId))
                .orElse(List.of());
    }

    private String details(StoredMeeting m) {
        MeetingRecord r = m.record();
        long present = r.attendance().stream().filter(Attendance::present).count();
        String absent = r.attendance().stream()
                .filter(a -> !a.present())
                .map(a -> a.name() + (a.presence() == Presence.ABSENT_UNEXCUSED ? texts.t("history.unexcused") : ""))
                .collect(Collectors.joining(", "));
        return texts.t(
                "history.details",
                texts.t("meeting.kind." + r.kind().name().toLowerCase()),
                date(m),
                r.place(),
                Integer.toString(r.attendance().size()),
                Long.toString(present),
                absent.isEmpty() ? texts.t("form.none") : absent,
                m.qualityScore() == null ? "—" : m.qualityScore().toString());
    }

    private List<List<Button>> buttons(StoredMeeting m, boolean editable) {
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(Button.callback(texts.t("history.minutes"), CallbackData.of(PREFIX, m.id(), "d"))));
        if (editable) {
            rows.add(List.of(
                    Button.callback(texts.t("history.edit"), CallbackData.of(PREFIX, m.id(), "e")),
                    Button.callback(texts.t("history.delete"), CallbackData.of(PREFIX, m.id(), "x"))));
        }
        rows.add(List.of(Button.callback(texts.t("history.back"), CallbackData.of(PREFIX, BACK))));
        return rows;
    }

    private static String date(StoredMeeting m) {
        return m.record().heldOn().format(PartyCalendar.DAY);
    }

    private List<Outgoing> tooLate(Incoming in) {
        return List.of(Outgoing.answer(
                in.chatId(), in.callbackId(), texts.t("history.too_late", Long.toString(editWindow.toDays())), true));
    }

    private List<Outgoing> deny(Incoming in) {
        return List.of(Outgoing.text(in.chatId(), texts.t("meeting.not_allowed")));
    }

    private static List<Outgoing> answered(Incoming in, List<Outgoing> documents) {
        List<Outgoing> out = new ArrayList<>();
        out.add(Outgoing.answer(in.chatId(), in.callbackId(), null, false));
        out.addAll(documents);
        return out;
    }

    private static List<Outgoing> edit(Incoming in, String text, List<List<Button>> rows) {
        return List.of(
                Outgoing.answer(in.chatId(), in.callbackId(), null, false),
                Outgoing.edit(in.chatId(), in.messageId(), text, rows));
    }
}

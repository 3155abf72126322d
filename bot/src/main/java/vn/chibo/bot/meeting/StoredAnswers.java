package vn.chibo.bot.meeting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.meeting.Attendance;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.Presence;
import vn.chibo.content.meeting.StoredMeeting;
import vn.chibo.content.org.Members;

/** A stored meeting as the meeting form's answers, so /lichsu can reopen it at its summary card: the inverse of {@link MeetingDraft}. */
@Component
class StoredAnswers {

    private final Members members;
    private final Texts texts;

    StoredAnswers(Members members, Texts texts) {
        this.members = members;
        this.texts = texts;
    }

    /** The answers the meeting form would hold for this meeting. */
    Map<String, String> values(StoredMeeting m) {
        MeetingRecord r = m.record();
        Map<String, String> v = new LinkedHashMap<>();
        v.put(MeetingForm.EDITING, Long.toString(m.id()));
        v.put(MeetingForm.CELL, Long.toString(r.cellId()));
        v.put(MeetingForm.KIND, r.kind().name());
        v.put(MeetingForm.DATE, r.heldOn().toString());
        v.put(MeetingForm.START, r.startsAt().toString());
        v.put(MeetingForm.END, r.endsAt().toString());
        v.put(MeetingForm.PLACE, r.place());
        put(v, MeetingForm.TOPIC, r.topic());
        v.put(MeetingForm.ABSENT, ids(r, a -> !a.present()));
        v.put(MeetingForm.UNEXCUSED, ids(r, a -> a.presence() == Presence.ABSENT_UNEXCUSED));
        put(v, MeetingForm.GUESTS, r.guests());
        put(v, MeetingForm.CHAIR, r.chairId() == null ? null : r.chairId().toString());
        put(
                v,
                MeetingForm.MINUTES,
                r.minuteTakerId() == null ? null : r.minuteTakerId().toString());
        v.put(
                MeetingForm.PRESENTER,
                r.presenterId() == null ? "none" : r.presenterId().toString());
        put(v, MeetingForm.RESULTS, r.results());
        put(v, MeetingForm.DECISIONS, r.decisions());
        put(v, MeetingForm.TASKS, r.nextTasks());
        put(v, MeetingForm.CONCLUSION, r.conclusion());
        v.put(MeetingForm.VOTES, r.votes().key());
        if (!r.photoFileIds().isEmpty()) {
            v.put(MeetingForm.PHOTOS, String.join(",", r.photoFileIds()));
        }
        return v;
    }

    /** The labels the form shows for those answers: people-facing for ids and codes, the value itself otherwise. */
    Map<String, String> labels(StoredMeeting m) {
        Map<String, String> labels = new LinkedHashMap<>(values(m));
        labels.putAll(readable(m));
        return labels;
    }

    /** People-facing labels for the answers that are ids or codes. */
    private Map<String, String> readable(StoredMeeting m) {
        MeetingRecord r = m.record();
        Map<String, String> l = new LinkedHashMap<>();
        l.put(MeetingForm.KIND, texts.t("meeting.kind." + r.kind().name().toLowerCase()));
        l.put(MeetingForm.DATE, r.heldOn().format(PartyCalendar.DAY));
        l.put(MeetingForm.START, Readers.label(r.startsAt()));
        l.put(MeetingForm.END, Readers.label(r.endsAt()));
        l.put(MeetingForm.ABSENT, names(r, a -> !a.present()));
        l.put(MeetingForm.UNEXCUSED, names(r, a -> a.presence() == Presence.ABSENT_UNEXCUSED));
        l.put(MeetingForm.CHAIR, name(r, r.chairId()));
        l.put(MeetingForm.MINUTES, name(r, r.minuteTakerId()));
        l.put(
                MeetingForm.PRESENTER,
                r.presenterId() == null ? texts.t("meeting.no_presenter") : name(r, r.presenterId()));
        l.put(
                MeetingForm.VOTES,
                texts.t(
                        "meeting.votes.label",
                        Integer.toString(r.votes().agree()),
                        Integer.toString(r.votes().disagree()),
                        Integer.toString(r.votes().abstain())));
        l.put(MeetingForm.SECOND, texts.t("meeting.second.yes"));
        return l;
    }

    /**
     * A member's name as the meeting recorded it (its attendance keeps every member's name then), so minutes issued
     * again after someone left the cell still name them; "—" only for a member neither recorded nor on the books.
     */
    String name(MeetingRecord r, Long memberId) {
        if (memberId == null) {
            return null;
        }
        return r.attendance().stream()
                .filter(a -> a.memberId() == memberId)
                .map(Attendance::name)
                .findFirst()
                .or(() -> members.find(memberId).map(x -> x.fullName()))
                .orElse("—");
    }

    private static String ids(MeetingRecord r, java.util.function.Predicate<Attendance> which) {
        return r.attendance().stream()
                .filter(which)
                .map(a -> Long.toString(a.memberId()))
                .collect(Collectors.joining(","));
    }

    private String names(MeetingRecord r, java.util.function.Predicate<Attendance> which) {
        String names =
                r.attendance().stream().filter(which).map(Attendance::name).collect(Collectors.joining(", "));
        return names.isEmpty() ? texts.t("form.none") : names;
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }
}

package vn.chibo.bot.meeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.meeting.Attendance;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.Presence;
import vn.chibo.content.meeting.Proceedings;
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
        v.put(
                MeetingForm.KIND,
                r.kind().isForum() ? MeetingKind.FORUM.name() : r.kind().name());
        if (r.kind().isForum()) {
            v.put(MeetingForm.FORUM_THEMATIC, r.kind() == MeetingKind.THEMATIC_FORUM ? "yes" : "no");
        }
        v.put(MeetingForm.DATE, r.heldOn().toString());
        v.put(MeetingForm.START, r.startsAt().toString());
        v.put(MeetingForm.END, r.endsAt().toString());
        v.put(MeetingForm.PLACE, r.place());
        put(v, MeetingForm.TOPIC, r.topic());
        v.put(MeetingForm.ABSENT, ids(r, a -> !a.present()));
        v.put(MeetingForm.UNEXCUSED, ids(r, a -> a.presence() == Presence.ABSENT_UNEXCUSED));
        String reasons = r.attendance().stream()
                .filter(a -> a.reason() != null && !a.present())
                .map(a -> a.memberId() + "=" + a.reason())
                .collect(Collectors.joining("\n"));
        put(v, MeetingForm.REASONS, reasons.isEmpty() ? null : reasons);
        put(v, MeetingForm.GUESTS, r.guests());
        put(v, MeetingForm.CHAIR, r.chairId() == null ? null : r.chairId().toString());
        put(
                v,
                MeetingForm.MINUTES,
                r.minuteTakerId() == null ? null : r.minuteTakerId().toString());
        v.put(
                MeetingForm.PRESENTER,
                r.presenterId() == null ? "none" : r.presenterId().toString());
        Proceedings p = r.proceedings();
        put(v, MeetingForm.NEWS, p.news());
        put(v, MeetingForm.STUDY, p.study());
        if (!p.review().isEmpty()) {
            v.put(
                    MeetingForm.REVIEW_TASKS,
                    p.review().stream().map(Proceedings.ReviewedTask::task).collect(Collectors.joining("\n")));
            List<String> done = new java.util.ArrayList<>();
            for (int i = 0; i < p.review().size(); i++) {
                if (p.review().get(i).done()) {
                    done.add(Integer.toString(i));
                }
            }
            v.put(MeetingForm.REVIEW, String.join(",", done));
        }
        put(v, MeetingForm.OPINIONS, Proceedings.opinionsText(p.opinions()));
        put(v, MeetingForm.GUIDANCE, p.guidance());
        put(v, MeetingForm.OTHER, p.otherBusiness());
        if (r.kind().hasTopic() && !r.kind().isMonthly()) {
            v.put(MeetingForm.VOTE_HELD, p.voteHeld() ? "yes" : "no");
        }
        put(v, MeetingForm.RESOLUTION_NO, p.resolutionNumber());
        v.put(
                MeetingForm.SELF,
                String.join(
                        ",", p.selfChecks().stream().map(Enum::name).sorted().toList()));
        put(
                v,
                MeetingForm.ADOPTED,
                p.minutesAgree() == null ? null : p.minutesAgree().toString());
        put(v, MeetingForm.RESULTS, r.results());
        put(v, MeetingForm.DECISIONS, r.decisions());
        put(v, MeetingForm.TASKS, r.nextTasks());
        put(v, MeetingForm.CONCLUSION, r.conclusion());
        if (p.voteHeld()) {
            v.put(MeetingForm.VOTES, r.votes().key());
        }
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
        Proceedings p = r.proceedings();
        if (r.kind().isForum()) {
            l.put(
                    MeetingForm.FORUM_THEMATIC,
                    r.kind() == MeetingKind.THEMATIC_FORUM
                            ? texts.t("meeting.forum_thematic.yes")
                            : texts.t("meeting.forum_thematic.no"));
        }
        if (r.kind().hasTopic() && !r.kind().isMonthly()) {
            l.put(
                    MeetingForm.VOTE_HELD,
                    p.voteHeld() ? texts.t("meeting.vote_held.yes") : texts.t("meeting.vote_held.no"));
        }
        String reasons = r.attendance().stream()
                .filter(a -> a.reason() != null && !a.present())
                .map(a -> a.name() + ": " + a.reason())
                .collect(Collectors.joining("; "));
        if (!reasons.isEmpty()) {
            l.put(MeetingForm.REASONS, reasons);
        }
        if (!p.review().isEmpty()) {
            l.put(
                    MeetingForm.REVIEW,
                    p.review().stream()
                            .filter(Proceedings.ReviewedTask::done)
                            .map(Proceedings.ReviewedTask::task)
                            .collect(Collectors.joining(", ")));
        }
        l.put(
                MeetingForm.SELF,
                p.selfChecks().isEmpty()
                        ? texts.t("form.none")
                        : Integer.toString(p.selfChecks().size()));
        if (p.minutesAgree() != null) {
            long present = r.attendance().stream().filter(Attendance::present).count();
            l.put(
                    MeetingForm.ADOPTED,
                    texts.t("meeting.adopted.label", p.minutesAgree().toString(), Long.toString(present)));
        }
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

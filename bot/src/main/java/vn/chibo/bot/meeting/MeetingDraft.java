package vn.chibo.bot.meeting;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.content.document.DocumentRef;
import vn.chibo.content.document.DocumentRefs;
import vn.chibo.content.meeting.Attendance;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.Presence;
import vn.chibo.content.meeting.Votes;
import vn.chibo.content.org.Member;

/** Turns a meeting form's answers (and the cell's current members) into a {@link MeetingRecord}. */
final class MeetingDraft {

    private MeetingDraft() {}

    static List<Attendance> attendance(Answers a, List<Member> members) {
        Set<String> absent = a.choices(MeetingForm.ABSENT);
        Set<String> unexcused = a.choices(MeetingForm.UNEXCUSED);
        return members.stream()
                .map(m -> {
                    String id = Long.toString(m.id());
                    Presence presence = !absent.contains(id)
                            ? Presence.PRESENT
                            : unexcused.contains(id) ? Presence.ABSENT_UNEXCUSED : Presence.ABSENT_EXCUSED;
                    return new Attendance(m.id(), m.fullName(), m.status(), presence);
                })
                .toList();
    }

    static Votes votes(Answers a) {
        return a.has(MeetingForm.VOTES) ? Votes.read(a.value(MeetingForm.VOTES)).orElse(Votes.NONE) : Votes.NONE;
    }

    static MeetingRecord record(long cellId, Answers a, List<Member> members) {
        MeetingKind kind = MeetingKind.valueOf(a.value(MeetingForm.KIND));
        String topic = a.has(MeetingForm.TOPIC) ? a.value(MeetingForm.TOPIC) : null;
        String everything = String.join(
                "\n",
                nonNull(
                        topic,
                        a.value(MeetingForm.RESULTS),
                        a.value(MeetingForm.DECISIONS),
                        a.value(MeetingForm.TASKS),
                        a.value(MeetingForm.CONCLUSION)));
        List<String> documents = DocumentRefs.find(everything).stream()
                .map(DocumentRef::canonical)
                .toList();
        return new MeetingRecord(
                cellId,
                kind,
                a.date(MeetingForm.DATE),
                a.time(MeetingForm.START),
                a.time(MeetingForm.END),
                a.value(MeetingForm.PLACE),
                topic,
                documents,
                attendance(a, members),
                a.value(MeetingForm.GUESTS),
                id(a, "chair"),
                id(a, "minutes"),
                id(a, "presenter"),
                a.value(MeetingForm.RESULTS),
                a.value(MeetingForm.DECISIONS),
                a.value(MeetingForm.TASKS),
                a.value(MeetingForm.CONCLUSION),
                votes(a),
                a.has(MeetingForm.PHOTOS)
                        ? Arrays.asList(a.value(MeetingForm.PHOTOS).split(","))
                        : List.of());
    }

    private static Long id(Answers a, String key) {
        return a.has(key) && a.value(key).matches("\\d+") ? Long.valueOf(a.value(key)) : null;
    }

    private static List<String> nonNull(String... texts) {
        return Arrays.stream(texts).filter(t -> t != null && !t.isBlank()).collect(Collectors.toList());
    }
}

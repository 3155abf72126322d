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
        Set<String> absent = a.choices("absent");
        Set<String> unexcused = a.choices("unexcused");
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
        return a.has("votes") ? Votes.read(a.value("votes")).orElse(Votes.NONE) : Votes.NONE;
    }

    static MeetingRecord record(long cellId, Answers a, List<Member> members) {
        MeetingKind kind = MeetingKind.valueOf(a.value("kind"));
        String topic = a.has("topic") ? a.value("topic") : null;
        String everything = String.join(
                "\n",
                nonNull(topic, a.value("results"), a.value("decisions"), a.value("tasks"), a.value("conclusion")));
        List<String> documents = DocumentRefs.find(everything).stream()
                .map(DocumentRef::canonical)
                .toList();
        return new MeetingRecord(
                cellId,
                kind,
                a.date("date"),
                a.time("start"),
                a.time("end"),
                a.value("place"),
                topic,
                documents,
                attendance(a, members),
                a.value("guests"),
                id(a, "chair"),
                id(a, "minutes"),
                id(a, "presenter"),
                a.value("results"),
                a.value("decisions"),
                a.value("tasks"),
                a.value("conclusion"),
                votes(a),
                a.has("photos") ? Arrays.asList(a.value("photos").split(",")) : List.of());
    }

    private static Long id(Answers a, String key) {
        return a.has(key) && a.value(key).matches("\\d+") ? Long.valueOf(a.value(key)) : null;
    }

    private static List<String> nonNull(String... texts) {
        return Arrays.stream(texts).filter(t -> t != null && !t.isBlank()).collect(Collectors.toList());
    }
}

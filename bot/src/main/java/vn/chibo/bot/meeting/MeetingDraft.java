package vn.chibo.bot.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.content.document.DocumentRef;
import vn.chibo.content.document.DocumentRefs;
import vn.chibo.content.meeting.Attendance;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.Presence;
import vn.chibo.content.meeting.Proceedings;
import vn.chibo.content.meeting.Votes;
import vn.chibo.content.org.Member;

/** Turns a meeting form's answers (and the cell's current members) into a {@link MeetingRecord}. */
final class MeetingDraft {

    /** In the reasons answer, the reason given for every excused absentee not named. */
    static final String EVERYONE = "*";

    private MeetingDraft() {}

    static List<Attendance> attendance(Answers a, List<Member> members) {
        Set<String> absent = a.choices(MeetingForm.ABSENT);
        Set<String> unexcused = a.choices(MeetingForm.UNEXCUSED);
        Map<String, String> reasons = reasons(a.has(MeetingForm.REASONS) ? a.value(MeetingForm.REASONS) : null);
        return members.stream()
                .map(m -> {
                    String id = Long.toString(m.id());
                    boolean exempt = !m.status().expected();
                    Presence presence = !absent.contains(id)
                            ? Presence.PRESENT
                            : unexcused.contains(id) && !exempt ? Presence.ABSENT_UNEXCUSED : Presence.ABSENT_EXCUSED;
                    String reason = presence == Presence.ABSENT_EXCUSED && !exempt
                            ? reasons.getOrDefault(id, reasons.get(EVERYONE))
                            : null;
                    return new Attendance(m.id(), m.fullName(), m.status(), presence, reason);
                })
                .toList();
    }

    /** The reasons answer ("id=reason" per line, "*" for everyone else) as a map. */
    static Map<String, String> reasons(String value) {
        Map<String, String> reasons = new HashMap<>();
        if (value == null) {
            return reasons;
        }
        for (String line : value.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                reasons.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return reasons;
    }

    static Votes votes(Answers a) {
        return a.has(MeetingForm.VOTES) ? Votes.read(a.value(MeetingForm.VOTES)).orElse(Votes.NONE) : Votes.NONE;
    }

    /** @param lastTasks the tasks of the last resolution the review question listed, in its order */
    static MeetingRecord record(long cellId, Answers a, List<Member> members, List<String> lastTasks) {
        MeetingKind kind = MeetingForm.kind(a);
        String topic = a.has(MeetingForm.TOPIC) ? a.value(MeetingForm.TOPIC) : null;
        String everything = String.join(
                "\n",
                nonNull(
                        topic,
                        value(a, MeetingForm.NEWS),
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
                value(a, MeetingForm.GUESTS),
                id(a, MeetingForm.CHAIR),
                id(a, MeetingForm.MINUTES),
                id(a, MeetingForm.PRESENTER),
                value(a, MeetingForm.RESULTS),
                value(a, MeetingForm.DECISIONS),
                value(a, MeetingForm.TASKS),
                a.value(MeetingForm.CONCLUSION),
                MeetingForm.votes(a) ? votes(a) : Votes.NONE,
                a.has(MeetingForm.PHOTOS)
                        ? Arrays.asList(a.value(MeetingForm.PHOTOS).split(","))
                        : List.of(),
                proceedings(a, lastTasks));
    }

    private static Proceedings proceedings(Answers a, List<String> lastTasks) {
        List<Proceedings.ReviewedTask> review = new ArrayList<>();
        if (a.has(MeetingForm.REVIEW)) {
            Set<String> done = a.choices(MeetingForm.REVIEW);
            for (int i = 0; i < lastTasks.size(); i++) {
                review.add(new Proceedings.ReviewedTask(lastTasks.get(i), done.contains(Integer.toString(i))));
            }
        }
        Integer adopted =
                a.has(MeetingForm.ADOPTED) && a.value(MeetingForm.ADOPTED).matches("\\d{1,4}")
                        ? Integer.valueOf(a.value(MeetingForm.ADOPTED))
                        : null;
        return new Proceedings(
                value(a, MeetingForm.NEWS),
                value(a, MeetingForm.STUDY),
                review,
                Proceedings.opinions(value(a, MeetingForm.OPINIONS)),
                value(a, MeetingForm.GUIDANCE),
                value(a, MeetingForm.OTHER),
                MeetingForm.votes(a),
                adopted,
                value(a, MeetingForm.RESOLUTION_NO),
                Proceedings.checks(a.has(MeetingForm.SELF) ? a.value(MeetingForm.SELF) : null));
    }

    private static String value(Answers a, String key) {
        return a.has(key) && !a.value(key).isBlank() ? a.value(key) : null;
    }

    private static Long id(Answers a, String key) {
        return a.has(key) && a.value(key).matches("\\d+") ? Long.valueOf(a.value(key)) : null;
    }

    private static List<String> nonNull(String... texts) {
        return Arrays.stream(texts).filter(t -> t != null && !t.isBlank()).collect(Collectors.toList());
    }
}

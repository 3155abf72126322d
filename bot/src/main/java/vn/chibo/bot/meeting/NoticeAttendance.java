package vn.chibo.bot.meeting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.notice.MeetingNotice;
import vn.chibo.content.notice.NoticeReply;
import vn.chibo.content.notice.Notices;
import vn.chibo.content.org.Members;

/**
 * The roll call as the members answered the meeting's notice: those who asked to be excused start marked absent, and
 * their reasons are offered in one tap. The notice is the cell's latest for the meeting's day; without one the roll
 * call starts as before.
 */
@Component
class NoticeAttendance {

    private final Notices notices;
    private final Members members;
    private final Texts texts;

    NoticeAttendance(Notices notices, Members members, Texts texts) {
        this.notices = notices;
        this.members = members;
        this.texts = texts;
    }

    private Optional<MeetingNotice> notice(Answers a) {
        if (!a.has(MeetingForm.CELL) || !a.has(MeetingForm.DATE)) {
            return Optional.empty();
        }
        return notices.forDay(a.id(MeetingForm.CELL), a.date(MeetingForm.DATE));
    }

    /** The answers to the meeting's notice, if one was sent. */
    private List<NoticeReply> replies(Answers a) {
        return notice(a).map(n -> notices.replies(n.id())).orElse(List.of());
    }

    /** Members who answered the notice that they would be absent. */
    Set<String> absentIds(Answers a) {
        return replies(a).stream()
                .filter(r -> !r.attends())
                .map(r -> Long.toString(r.memberId()))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** A line under the roll call saying what the notice's answers set (empty: no notice). */
    String promptLine(Answers a) {
        Optional<MeetingNotice> notice = notice(a);
        if (notice.isEmpty()) {
            return "";
        }
        List<NoticeReply> replies = notices.replies(notice.get().id());
        Map<Long, Long> joined = members.telegramOf(notice.get().cellId());
        long absent = replies.stream().filter(r -> !r.attends()).count();
        long attend = replies.size() - absent;
        Set<Long> answered = replies.stream().map(NoticeReply::memberId).collect(Collectors.toSet());
        long unanswered =
                joined.keySet().stream().filter(id -> !answered.contains(id)).count();
        return "\n\n"
                + texts.t(
                        "meeting.absent.from_notice",
                        Long.toString(attend),
                        Long.toString(absent),
                        Long.toString(unanswered));
    }

    /**
     * The reasons the excused absentees gave in answer to the notice, as one ready answer ("id=reason" per line, as
     * typed reasons are kept); none when nobody among them gave one.
     */
    List<Option> reasons(Answers a, List<Option> excused) {
        Set<String> ids = excused.stream().map(Option::value).collect(Collectors.toSet());
        List<NoticeReply> given = replies(a).stream()
                .filter(r -> !r.attends() && r.reason() != null && ids.contains(Long.toString(r.memberId())))
                .toList();
        if (given.isEmpty()) {
            return List.of();
        }
        String value = given.stream().map(r -> r.memberId() + "=" + r.reason()).collect(Collectors.joining("\n"));
        String label =
                given.stream().map(r -> r.memberName() + ": " + r.reason()).collect(Collectors.joining("; "));
        return List.of(new Option(texts.t("meeting.reasons.from_notice", label), value));
    }
}

package vn.chibo.bot.notice;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.Reply;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.notice.MeetingNotice;
import vn.chibo.content.notice.NoticeReply;
import vn.chibo.content.notice.Notices;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * The buttons of notices: a member's answer (attend, absent with a reason picked) and the secretary's views (the
 * replies, a reminder to those who have not answered). Each press is checked again: the member must still be on
 * the notice's cell's list, the secretary must act for that cell now, and a meeting under way takes no answers.
 */
@Component
class NoticeAnswers {

    /** How long a secretary's reminder waits before another. */
    private static final java.time.Duration REMIND_EVERY = java.time.Duration.ofHours(6);

    private final Notices notices;
    private final Members members;
    private final OrgUnits units;
    private final NoticeMessages messages;
    private final NoticeSending sending;
    private final Texts texts;
    private final Clock clock;

    NoticeAnswers(
            Notices notices,
            Members members,
            OrgUnits units,
            NoticeMessages messages,
            NoticeSending sending,
            Texts texts,
            Clock clock) {
        this.notices = notices;
        this.members = members;
        this.units = units;
        this.messages = messages;
        this.sending = sending;
        this.texts = texts;
        this.clock = clock;
    }

    /** The notice, if the person pressing is a member of its cell (else empty: not theirs). */
    Optional<MeetingNotice> forMember(Actor actor, long noticeId) {
        return notices.find(noticeId).filter(n -> actor.isMember() && Notices.concerns(n, actor.member()));
    }

    /** The notice, if the person pressing acts for its cell now. */
    Optional<MeetingNotice> forSecretary(Actor actor, long noticeId) {
        return notices.find(noticeId)
                .filter(n -> actor.actsForCell() && actor.acting().unit().id() == n.cellId());
    }

    boolean open(MeetingNotice notice) {
        return notice.startsAt().isAfter(LocalDateTime.now(clock));
    }

    String cellName(MeetingNotice notice) {
        return units.find(notice.cellId()).map(OrgUnit::name).orElse("");
    }

    /** "tb:y", "tb:n", "tb:r", "tb:c": a member answers, asks for the reasons, picks one, or changes the answer. */
    List<Outgoing> member(Incoming in, Actor actor, String action, long noticeId, String rest) {
        Optional<MeetingNotice> found = forMember(actor, noticeId);
        if (found.isEmpty()) {
            return Reply.answer(in, texts.t("notice.answer.not_yours"), true);
        }
        MeetingNotice notice = found.get();
        if (!open(notice)) {
            return Reply.editAndAnswer(in, shown(notice, actor), List.of(), texts.t("notice.answer.closed"));
        }
        long memberId = actor.member().id();
        return switch (action) {
            case "y" -> {
                notices.reply(notice.id(), memberId, true, null);
                yield Reply.editAndAnswer(
                        in,
                        shown(notice, actor),
                        messages.changeButton(notice.id()),
                        texts.t("notice.answer.recorded"));
            }
            case "n" ->
                Reply.editAndAnswer(
                        in,
                        messages.text(notice, cellName(notice), null) + "\n\n" + texts.t("notice.answer.ask_reason"),
                        messages.reasonButtons(notice.id()),
                        null);
            case "r" -> {
                if (!rest.matches("\\d") || Integer.parseInt(rest) >= NoticeMessages.REASONS.size()) {
                    yield Reply.answer(in, texts.t("button.stale"), false);
                }
                notices.reply(
                        notice.id(), memberId, false, texts.t(NoticeMessages.REASONS.get(Integer.parseInt(rest))));
                yield Reply.editAndAnswer(
                        in,
                        shown(notice, actor),
                        messages.changeButton(notice.id()),
                        texts.t("notice.answer.recorded"));
            }
            case "c" ->
                Reply.editAndAnswer(
                        in, messages.text(notice, cellName(notice), null), messages.answerButtons(notice.id()), null);
            default -> Reply.answer(in, texts.t("button.stale"), false);
        };
    }

    /** The notice as this member sees it now, with their answer if any. */
    String shown(MeetingNotice notice, Actor actor) {
        NoticeReply answer = notices.replyOf(notice.id(), actor.member().id()).orElse(null);
        return messages.text(notice, cellName(notice), answer);
    }

    /** "tb:v": the replies so far, for the secretary, edited in place when pressed again. */
    List<Outgoing> replies(Incoming in, Actor actor, long noticeId) {
        Optional<MeetingNotice> found = forSecretary(actor, noticeId);
        if (found.isEmpty()) {
            return Reply.answer(in, texts.t("access.denied"), true);
        }
        String text = repliesText(found.get());
        return in.kind() == Incoming.Kind.CALLBACK
                ? Reply.editAndAnswer(in, text, messages.secretaryButtons(noticeId), null)
                : Reply.text(in, text, messages.secretaryButtons(noticeId));
    }

    String repliesText(MeetingNotice notice) {
        List<NoticeReply> replies = notices.replies(notice.id());
        List<Member> all = members.convenedOf(notice.cellId());
        Map<Long, Long> joined = members.telegramOf(notice.cellId());
        Set<Long> answered = replies.stream().map(NoticeReply::memberId).collect(Collectors.toSet());
        List<String> attend = replies.stream()
                .filter(NoticeReply::attends)
                .map(NoticeReply::memberName)
                .toList();
        List<NoticeReply> absent = replies.stream().filter(r -> !r.attends()).toList();
        List<String> unanswered = all.stream()
                .filter(m -> joined.containsKey(m.id()) && !answered.contains(m.id()))
                .map(Member::fullName)
                .toList();
        List<String> notJoined = all.stream()
                .filter(m -> !joined.containsKey(m.id()) && !answered.contains(m.id()))
                .map(Member::fullName)
                .toList();
        List<String> lines = new ArrayList<>();
        lines.add(texts.t(
                "notice.replies",
                messages.when(notice),
                Integer.toString(attend.size()),
                Integer.toString(absent.size()),
                Integer.toString(unanswered.size()),
                Integer.toString(notJoined.size())));
        section(lines, texts.t("notice.replies.attends"), attend);
        if (!absent.isEmpty()) {
            lines.add("");
            lines.add(texts.t("notice.replies.absent"));
            messages.shown(absent.stream()
                            .map(r -> texts.t("notice.replies.absent_line", r.memberName(), r.reason()))
                            .toList())
                    .forEach(lines::add);
        }
        section(lines, texts.t("notice.replies.unanswered"), unanswered);
        section(lines, texts.t("notice.replies.not_joined"), notJoined);
        return String.join("\n", lines);
    }

    private void section(List<String> lines, String heading, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add(heading);
        messages.shown(names).forEach(n -> lines.add(texts.t("notice.replies.line", n)));
    }

    /** "tb:k": reminds the members who have not answered, once in {@link #REMIND_EVERY}. */
    List<Outgoing> remind(Incoming in, Actor actor, long noticeId) {
        Optional<MeetingNotice> found = forSecretary(actor, noticeId);
        if (found.isEmpty()) {
            return Reply.answer(in, texts.t("access.denied"), true);
        }
        MeetingNotice notice = found.get();
        if (!open(notice)) {
            return Reply.answer(in, texts.t("notice.answer.closed"), true);
        }
        if (notices.unanswered(notice).isEmpty()) {
            return Reply.answer(in, texts.t("notice.remind.nobody"), true);
        }
        if (!notices.claimReminder(notice.id(), REMIND_EVERY)) {
            return Reply.answer(in, texts.t("notice.remind.too_soon"), true);
        }
        NoticeSending.Reminded reminded = sending.remindUnanswered(
                notice, cellName(notice), "s" + clock.instant().getEpochSecond());
        return Reply.answer(in, texts.t("notice.remind.done", Integer.toString(reminded.queued())), true);
    }
}

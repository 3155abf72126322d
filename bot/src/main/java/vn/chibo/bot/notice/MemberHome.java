package vn.chibo.bot.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.Reply;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.dues.Dues;
import vn.chibo.content.meeting.Absences;
import vn.chibo.content.meeting.Presence;
import vn.chibo.content.notice.MeetingNotice;
import vn.chibo.content.notice.NoticeReply;
import vn.chibo.content.notice.Notices;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberEvent;
import vn.chibo.content.org.MemberEvents;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.scheduler.delivery.Outgoing;
import vn.chibo.scheduler.reminder.MeetingSchedules;
import vn.chibo.scheduler.reminder.ReminderTexts;

/**
 * What a member who joined sees: their cell's next meeting (the notice, answerable again) and their own record. Both
 * read from the member's own id and cell, never from a scope: a member sees nothing of another member or cell.
 */
@Component
class MemberHome {

    private final Notices notices;
    private final NoticeMessages messages;
    private final MeetingSchedules schedules;
    private final ReminderTexts when;
    private final Absences absences;
    private final OrgUnits units;
    private final Texts texts;
    private final Dues dues;
    private final MemberEvents events;
    private final Clock clock;

    MemberHome(
            Notices notices,
            NoticeMessages messages,
            MeetingSchedules schedules,
            ReminderTexts when,
            Absences absences,
            OrgUnits units,
            Texts texts,
            Dues dues,
            MemberEvents events,
            Clock clock) {
        this.dues = dues;
        this.events = events;
        this.notices = notices;
        this.messages = messages;
        this.schedules = schedules;
        this.when = when;
        this.absences = absences;
        this.units = units;
        this.texts = texts;
        this.clock = clock;
    }

    /** The cell's next meeting: its notice with the member's answer and the buttons to give or change it. */
    List<Outgoing> next(Incoming in, Actor actor) {
        if (!actor.isMember()) {
            return Reply.text(in, texts.t("access.denied"));
        }
        Member member = actor.member();
        LocalDateTime now = LocalDateTime.now(clock);
        List<MeetingNotice> coming = notices.upcoming(member.cellId(), now);
        if (!coming.isEmpty()) {
            MeetingNotice notice = coming.get(0);
            NoticeReply answer = notices.replyOf(notice.id(), member.id()).orElse(null);
            String text = messages.text(notice, cellName(member), answer);
            return Reply.text(
                    in,
                    text,
                    answer == null ? messages.answerButtons(notice.id()) : messages.changeButton(notice.id()));
        }
        return Reply.text(
                in,
                schedules
                        .of(member.cellId())
                        .map(s -> texts.t("member.next.by_rule", when.when(s.nextAfter(now))))
                        .orElse(texts.t("member.next.none")));
    }

    /** The member's own record: standing, when they joined, and the last 12 months' attendance. */
    List<Outgoing> record(Incoming in, Actor actor) {
        if (!actor.isMember()) {
            return Reply.text(in, texts.t("access.denied"));
        }
        Member member = actor.member();
        LocalDate since = LocalDate.now(clock).minusMonths(12);
        Map<Presence, Integer> tally = absences.tallyOf(member.id(), since);
        StringBuilder history = new StringBuilder();
        for (MemberEvent e : events.of(member.id())) {
            history.append('\n')
                    .append(texts.t(
                            "member.record.event",
                            e.on().format(PartyCalendar.DAY),
                            texts.t("life.kind." + e.kind().name()),
                            e.decision() == null ? "" : " — " + e.decision()));
        }
        return Reply.text(
                in,
                texts.t(
                                "member.record",
                                member.fullName(),
                                cellName(member),
                                texts.t("status." + member.status().name().toLowerCase(Locale.ROOT)),
                                member.partyJoinDate() == null
                                        ? texts.t("member.record.unknown_date")
                                        : member.partyJoinDate().format(PartyCalendar.DAY),
                                Integer.toString(tally.getOrDefault(Presence.PRESENT, 0)),
                                Integer.toString(tally.getOrDefault(Presence.ABSENT_EXCUSED, 0)),
                                Integer.toString(tally.getOrDefault(Presence.ABSENT_UNEXCUSED, 0)),
                                Integer.toString(dues.unpaidMonthsOf(member.id(), since)))
                        + (history.isEmpty() ? "" : "\n\n" + texts.t("member.record.history") + history));
    }

    String cellName(Member member) {
        return units.find(member.cellId()).map(OrgUnit::name).orElse("");
    }
}

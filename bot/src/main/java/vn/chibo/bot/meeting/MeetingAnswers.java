package vn.chibo.bot.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.chat.form.Parsed;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.meeting.ResolutionValidity;
import vn.chibo.content.meeting.Votes;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/** What the meeting log offers and how it reads its own answers (the kind, recent days, the cell's members, votes). */
@Component
class MeetingAnswers {

    private final Texts texts;
    private final Clock clock;
    private final Members members;
    private final Meetings meetings;
    private final OrgUnits units;

    MeetingAnswers(Texts texts, Clock clock, Members members, Meetings meetings, OrgUnits units) {
        this.texts = texts;
        this.clock = clock;
        this.members = members;
        this.meetings = meetings;
        this.units = units;
    }

    List<Option> kinds() {
        return Arrays.stream(MeetingKind.values())
                .map(k -> new Option(texts.t("meeting.kind." + k.name().toLowerCase()), k.name()))
                .toList();
    }

    List<Option> recentDays() {
        LocalDate today = LocalDate.now(clock);
        return List.of(
                new Option(texts.t("meeting.today", today.format(PartyCalendar.DAY)), today.toString()),
                new Option(
                        texts.t("meeting.yesterday", today.minusDays(1).format(PartyCalendar.DAY)),
                        today.minusDays(1).toString()));
    }

    /** The place of the cell's last meeting, offered first. */
    java.util.Optional<String> lastPlace(Actor actor) {
        return meetings.lastPlace(MeetingForm.cellOf(actor));
    }

    List<Option> themes(Actor actor) {
        OrgUnit cell = actor.acting().unit();
        String committeePath = cell.parentId() == null
                ? cell.path()
                : units.get(cell.parentId()).path();
        return meetings.themesUsed(committeePath, LocalDate.now(clock).getYear()).stream()
                .map(t -> new Option(t.length() > 60 ? t.substring(0, 57) + "…" : t, t))
                .toList();
    }

    List<Option> memberOptions(Actor actor, Set<String> excluded) {
        return members.ofCell(MeetingForm.cellOf(actor)).stream()
                .filter(m -> !excluded.contains(Long.toString(m.id())))
                .map(m -> new Option(m.fullName(), Long.toString(m.id())))
                .toList();
    }

    List<Option> withNone(List<Option> options) {
        List<Option> all = new ArrayList<>(options);
        all.add(new Option(texts.t("meeting.no_presenter"), "none"));
        return all;
    }

    /** A start later than now, for a meeting held today: it has not begun, so it cannot be recorded as held. */
    Parsed notLaterToday(Parsed start, Answers a) {
        if (start.error() != null || !LocalDate.now(clock).equals(a.date(MeetingForm.DATE))) {
            return start;
        }
        LocalTime now = LocalTime.now(clock);
        if (!LocalTime.parse(start.value()).isAfter(now)) {
            return start;
        }
        return Parsed.wrong(texts.t("meeting.time.not_yet", start.label(), Readers.label(now)));
    }

    /** The ready start times, without those still to come today. */
    List<Option> startedBy(Answers a, List<Option> times) {
        if (!LocalDate.now(clock).equals(a.date(MeetingForm.DATE))) {
            return times;
        }
        LocalTime now = LocalTime.now(clock);
        return times.stream()
                .filter(t -> !LocalTime.parse(t.value()).isAfter(now))
                .toList();
    }

    /** {@code options} without {@code taken} (the chair does not also take the minutes), unless no one else is left. */
    List<Option> otherThan(List<Option> options, String taken) {
        List<Option> others =
                options.stream().filter(o -> !o.value().equals(taken)).toList();
        return others.isEmpty() ? options : others;
    }

    Parsed votes(String text, Answers a) {
        var read = Votes.read(text);
        if (read.isEmpty()) {
            return Parsed.wrong(texts.t("meeting.votes.three_numbers"));
        }
        Votes votes = read.get();
        var attendance = MeetingDraft.attendance(a, currentMembersOf(a));
        long voters = attendance.stream().filter(x -> x.votes() && x.present()).count();
        if (!ResolutionValidity.addsUp(attendance, votes)) {
            return Parsed.wrong(
                    texts.t("meeting.votes.too_many", Integer.toString(votes.total()), Long.toString(voters)));
        }
        int silent = (int) (voters - votes.total());
        if (silent > 0) {
            // Fewer votes than official members present: those not counted did not vote, and the summary says so
            // before anything is saved.
            Votes counted = new Votes(votes.agree(), votes.disagree(), votes.abstain() + silent);
            return Parsed.ok(
                    counted.key(),
                    texts.t(
                            "meeting.votes.label_silent",
                            Integer.toString(counted.agree()),
                            Integer.toString(counted.disagree()),
                            Integer.toString(counted.abstain()),
                            Integer.toString(silent),
                            Long.toString(voters)));
        }
        return Parsed.ok(
                votes.key(),
                texts.t(
                        "meeting.votes.label",
                        Integer.toString(votes.agree()),
                        Integer.toString(votes.disagree()),
                        Integer.toString(votes.abstain())));
    }

    List<Option> unanimous(Answers a, Actor actor) {
        long voters = MeetingDraft.attendance(a, members.ofCell(MeetingForm.cellOf(actor))).stream()
                .filter(x -> x.votes() && x.present())
                .count();
        return List.of(new Option(
                texts.t("meeting.votes.unanimous", Long.toString(voters)),
                new Votes(Math.toIntExact(voters), 0, 0).key()));
    }

    List<Member> currentMembersOf(Answers a) {
        return members.ofCell(a.id(MeetingForm.CELL));
    }

    String monthOf(Answers a) {
        return YearMonth.from(a.date(MeetingForm.DATE)).format(PartyCalendar.MONTH);
    }

    /** Whether {@code second} must be asked: a monthly meeting is already logged in that month (besides the one being edited). */
    boolean secondMonthly(Answers a) {
        return a.has(MeetingForm.KIND)
                && a.has(MeetingForm.DATE)
                && MeetingKind.valueOf(a.value(MeetingForm.KIND)).isMonthly()
                && meetings.monthlyMeetingsIn(a.id(MeetingForm.CELL), YearMonth.from(a.date(MeetingForm.DATE)))
                        > (a.has(MeetingForm.EDITING) ? 1 : 0);
    }
}

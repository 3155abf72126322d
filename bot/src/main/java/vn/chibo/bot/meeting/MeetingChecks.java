package vn.chibo.bot.meeting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.meeting.AbsenceWatch;
import vn.chibo.content.meeting.DurationRule;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.meeting.QualityScore;
import vn.chibo.content.meeting.ResolutionValidity;

/** Runs the meeting rules on a draft and says their results in Vietnamese, with the basis of each. */
@Component
class MeetingChecks {

    /** The rules' outcomes for one meeting. */
    record Outcome(
            ResolutionValidity.Outcome vote,
            DurationRule.Outcome duration,
            List<AbsenceWatch.Flag> absences,
            QualityScore.Outcome quality) {}

    private final Meetings meetings;
    private final Texts texts;

    MeetingChecks(Meetings meetings, Texts texts) {
        this.meetings = meetings;
        this.texts = texts;
    }

    Outcome check(MeetingRecord m) {
        var vote = ResolutionValidity.check(m.attendance(), m.votes());
        var duration = DurationRule.check(m.kind(), m.startsAt(), m.endsAt());
        YearMonth month = YearMonth.from(m.heldOn());
        var history = meetings.unexcusedAbsenceMonths(
                m.cellId(), month.minusMonths(11).atDay(1));
        var absences = AbsenceWatch.check(history, m.attendance(), month);
        int content = (int) java.util.stream.Stream.of(m.results(), m.decisions(), m.nextTasks(), m.conclusion())
                .filter(t -> t != null && !t.isBlank())
                .count();
        int minutes = (int) java.util.stream.Stream.of(m.place(), m.chairId(), m.minuteTakerId(), m.startsAt())
                .filter(x -> x != null)
                .count();
        var quality =
                QualityScore.of(new QualityScore.Inputs(m.attendance(), duration, content, vote.valid(), minutes));
        return new Outcome(vote, duration, absences, quality);
    }

    List<String> describe(Outcome o) {
        List<String> lines = new ArrayList<>();
        lines.add(
                o.vote().valid()
                        ? texts.t(
                                "meeting.rule.vote_valid",
                                Integer.toString(o.vote().agree()),
                                Integer.toString(o.vote().base()))
                        : texts.t(
                                "meeting.rule.vote_invalid",
                                Integer.toString(o.vote().agree()),
                                Integer.toString(o.vote().base())));
        lines.add(
                o.duration().tooShort()
                        ? texts.t(
                                "meeting.rule.too_short",
                                Long.toString(o.duration().minutes()),
                                Long.toString(o.duration().required()))
                        : texts.t(
                                "meeting.rule.duration_ok",
                                Long.toString(o.duration().minutes())));
        for (AbsenceWatch.Flag flag : o.absences()) {
            String months = flag.months().stream()
                    .sorted()
                    .map(PartyCalendar.MONTH::format)
                    .collect(Collectors.joining(", "));
            lines.add(
                    flag.atThree()
                            ? texts.t(
                                    "meeting.rule.absent_three",
                                    flag.name(),
                                    Integer.toString(flag.months().size()),
                                    months)
                            : texts.t("meeting.rule.absent_two", flag.name(), months));
        }
        QualityScore.Outcome q = o.quality();
        lines.add(texts.t(
                "meeting.rule.quality",
                Integer.toString(q.total()),
                texts.t("meeting.band." + q.band().name().toLowerCase()),
                Integer.toString(q.attendance()),
                Integer.toString(q.duration()),
                Integer.toString(q.opinions()),
                Integer.toString(q.resolution()),
                Integer.toString(q.minutes())));
        return lines;
    }
}

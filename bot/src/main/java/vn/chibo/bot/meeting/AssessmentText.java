package vn.chibo.bot.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.meeting.AbsenceWatch;
import vn.chibo.content.meeting.MeetingAssessment;
import vn.chibo.content.meeting.QualityScore;

/** Says what the meeting rules found ({@link MeetingAssessment}) in Vietnamese, with the basis of each. */
@Component
class AssessmentText {

    private final Texts texts;

    AssessmentText(Texts texts) {
        this.texts = texts;
    }

    List<String> describe(MeetingAssessment.Outcome o) {
        List<String> lines = new ArrayList<>();
        if (o.vote() == null) {
            lines.add(texts.t("meeting.rule.no_vote"));
        } else if (o.vote().valid()) {
            lines.add(texts.t(
                    "meeting.rule.vote_valid",
                    Integer.toString(o.vote().agree()),
                    Integer.toString(o.vote().base())));
        } else {
            lines.add(texts.t(
                    "meeting.rule.vote_invalid",
                    Integer.toString(o.vote().agree()),
                    Integer.toString(o.vote().base())));
        }
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
                    flag.atRemoval()
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
                part(q, QualityScore.Part.TIME),
                part(q, QualityScore.Part.ATTENDANCE),
                part(q, QualityScore.Part.PREPARATION),
                part(q, QualityScore.Part.CONDUCT),
                part(q, QualityScore.Part.PRINCIPLES),
                q.part(QualityScore.Part.RESULTS).applies()
                        ? part(q, QualityScore.Part.RESULTS)
                        : texts.t("meeting.rule.quality.not_applicable"),
                part(q, QualityScore.Part.CLOSING)));
        return lines;
    }

    private static String part(QualityScore.Outcome q, QualityScore.Part part) {
        QualityScore.Score score = q.part(part);
        return score.points() + "/" + score.max();
    }
}

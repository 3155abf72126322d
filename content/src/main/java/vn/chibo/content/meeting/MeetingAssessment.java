package vn.chibo.content.meeting;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The meeting rules run together on one meeting: whether its resolution is valid, whether it lasted long enough, who
 * is nearing three unexcused absences in twelve months, and its quality score with the basis of each part. Reads
 * the cell's absence history; changes nothing.
 */
@Component
public class MeetingAssessment {

    /** The rules' outcomes for one meeting. */
    public record Outcome(
            ResolutionValidity.Outcome vote,
            DurationRule.Outcome duration,
            List<AbsenceWatch.Flag> absences,
            QualityScore.Outcome quality) {}

    private final Absences absences;

    public MeetingAssessment(Absences absences) {
        this.absences = absences;
    }

    public Outcome of(MeetingRecord m) {
        var vote = ResolutionValidity.check(m.attendance(), m.votes());
        var duration = DurationRule.check(m.kind(), m.startsAt(), m.endsAt());
        YearMonth month = YearMonth.from(m.heldOn());
        var history = absences.unexcusedAbsenceMonths(
                m.cellId(), month.minusMonths(11).atDay(1));
        var absences = AbsenceWatch.check(history, m.attendance(), month);
        int content = (int) Stream.of(m.results(), m.decisions(), m.nextTasks(), m.conclusion())
                .filter(t -> t != null && !t.isBlank())
                .count();
        int minutes = (int) Stream.of(m.place(), m.chairId(), m.minuteTakerId(), m.startsAt())
                .filter(Objects::nonNull)
                .count();
        var quality =
                QualityScore.of(new QualityScore.Inputs(m.attendance(), duration, content, vote.valid(), minutes));
        return new Outcome(vote, duration, absences, quality);
    }
}

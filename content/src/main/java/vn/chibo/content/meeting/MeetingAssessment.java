package vn.chibo.content.meeting;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chibo.content.org.OrgUnits;

/**
 * The meeting rules run together on one meeting: whether its resolution is valid (when a vote was held), whether it
 * lasted long enough (the cell's committee may allow small cells less), who is at the absence warning lines, and its
 * quality on the Hướng dẫn 42-HD/BTCTW frame with the basis of each part. Reads the cell's absence history; changes
 * nothing.
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
    private final MeetingRules rules;
    private final OrgUnits units;

    public MeetingAssessment(Absences absences, MeetingRules rules, OrgUnits units) {
        this.absences = absences;
        this.rules = rules;
        this.units = units;
    }

    public Outcome of(MeetingRecord m) {
        Integer allowed = units.find(m.cellId()).flatMap(units::meetingMinutes).orElse(null);
        YearMonth month = YearMonth.from(m.heldOn());
        var history = absences.unexcusedAbsenceMonths(
                m.cellId(), month.minusMonths(11).atDay(1));
        return assess(m, rules, allowed, history);
    }

    /**
     * The rules on {@code m} given what they would read: the committee's shorter meeting ({@code allowedMinutes}, null
     * for the rule's) and the cell's unexcused-absence months per member id.
     */
    public static Outcome assess(
            MeetingRecord m, MeetingRules rules, Integer allowedMinutes, Map<Long, Set<YearMonth>> history) {
        var vote = m.proceedings().voteHeld() ? ResolutionValidity.check(m.attendance(), m.votes()) : null;
        var duration = DurationRule.check(rules.minimumMinutes(m.kind(), allowedMinutes), m.startsAt(), m.endsAt());
        var flags = AbsenceWatch.check(history, m.attendance(), YearMonth.from(m.heldOn()), rules);
        var quality = QualityScore.of(
                new QualityScore.Inputs(m.attendance(), duration, m.proceedings(), vote == null || vote.valid()),
                rules.frame());
        return new Outcome(vote, duration, flags, quality);
    }
}

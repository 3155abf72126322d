package vn.chibo.content.report;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.meeting.QualityScore;
import vn.chibo.content.org.LifeEvent;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.status.Overview;
import vn.chibo.content.status.Period;

/**
 * Every figure of a unit's report for a period, each counted from stored records (nothing estimated): the
 * organisations below it, meetings held against those due, thematic meetings (quarters) and forums, the quality
 * bands of monthly meetings, report submissions, commendations by form, issuer and recipient kind, Huy hiệu Đảng by
 * years, members by status and the changes to them, members at the absence warning lines, the annual plan's
 * registrations and planned topics held, and party dues paid of those recorded.
 */
public record ReportFigures(
        OrgUnit unit,
        Period period,
        int committeesBelow,
        int cellsBelow,
        int cells,
        Overview.Tally monthly,
        Overview.Tally thematic,
        int forums,
        int thematicForums,
        Map<QualityScore.Band, Integer> qualityBands,
        Submissions submissions,
        Map<AwardForm, Tally> awardsByForm,
        List<IssuerAwards> awardsByIssuer,
        SortedMap<Integer, Integer> badgesByYears,
        Map<MemberStatus, Integer> members,
        Changes changes,
        int absentAtWarning,
        int absentAtRemoval,
        Planning planning,
        PartyDues partyDues) {

    /**
     * Party dues in the period, as the cells recorded them: {@code paid} of {@code recorded} member-months (a member
     * for a month the cell entered).
     */
    public record PartyDues(int paid, int recorded) {}

    /**
     * The unit's annual plan of the period's year, when it opened one: {@code registered} of {@code asked}
     * organisations registered, and of their planned topics for the quarters begun, {@code topicsHeld} of
     * {@code topicsDue} held. Null without a plan.
     */
    public record Planning(int year, int registered, int asked, int topicsHeld, int topicsDue) {}

    /** Collectives and individuals. */
    public record Tally(int collectives, int persons) {
        public int total() {
            return collectives + persons;
        }
    }

    /** One issuer and form with its collectives and individuals ("Thủ tướng Chính phủ, Bằng khen: 04 tập thể, 06 cá nhân"). */
    public record IssuerAwards(String issuer, AwardForm form, Tally tally) {}

    /**
     * Report submissions of the due dates that fell in the period and have passed: on time, late, and still missing;
     * {@code expected} is how many were asked.
     */
    public record Submissions(int expected, int onTime, int late, int missing) {}

    /**
     * Changes recorded in the period: members added to lists, moved between cells, taken off a list (as the audit
     * has them), and the members' life events that took effect in it, by kind.
     */
    public record Changes(int joined, int transferred, int removed, Map<LifeEvent, Integer> life) {

        public int life(LifeEvent kind) {
            return life.getOrDefault(kind, 0);
        }

        /** Members who left the Party organisation through an event: transfer out, death, removal, leaving. */
        public int left() {
            return life.entrySet().stream()
                    .filter(e -> e.getKey().endsMembership())
                    .mapToInt(Map.Entry::getValue)
                    .sum();
        }
    }

    public int membersTotal() {
        return members.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int awardsTotal() {
        return awardsByForm.values().stream().mapToInt(Tally::total).sum();
    }
}

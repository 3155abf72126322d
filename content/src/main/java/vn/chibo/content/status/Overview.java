package vn.chibo.content.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.org.OrgUnit;

/**
 * A unit's status for a period. Monthly meetings count cell-months (for one month: cells that met), thematic
 * ones cell-quarters, both only for months and quarters already begun. {@code children} are the units right
 * below, each with its own counts, for drilling down.
 */
public record Overview(
        OrgUnit unit,
        Period period,
        int cells,
        Tally monthly,
        Tally thematic,
        List<DeadlineStatus> deadlines,
        int awardsYear,
        Map<AwardForm, Commendations.Tally> awards,
        int flaggedMembers,
        List<Child> children) {

    /** Done of expected. */
    public record Tally(int done, int expected) {
        public int percent() {
            return expected == 0 ? 100 : (int) Math.round(100.0 * done / expected);
        }
    }

    /** One due date of a reporting deadline in the period: {@code total} organisations asked, counted as {@code counted}. */
    public record DeadlineStatus(
            long deadlineId,
            String title,
            LocalDate dueOn,
            int submitted,
            int total,
            boolean overdue,
            Deadline.Counted counted) {}

    /** A unit right below, with its monthly and thematic counts. */
    public record Child(OrgUnit unit, int cells, Tally monthly, Tally thematic) {}
}

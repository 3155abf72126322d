package vn.chibo.content.status;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.org.OrgUnit;

/** The reports a subtree owes: per due date, how many of the cells concerned have submitted, and who is late. */
@Repository
class DeadlineTallies {

    private final JdbcClient jdbc;
    private final Deadlines deadlines;

    DeadlineTallies(JdbcClient jdbc, Deadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    /**
     * Due dates falling in the period of the deadlines that concern the subtree (set within it or above it), counted
     * for the subtree's own cells only. A deadline's cells are found among the unit's cells already read, by path,
     * so no deadline reads the tree again.
     */
    List<Overview.DeadlineStatus> statuses(
            OrgUnit unit, List<OrgUnit> cells, boolean wide, Period period, LocalDate today) {
        List<Overview.DeadlineStatus> statuses = new ArrayList<>();
        for (Deadline deadline : deadlines.openConcerning(unit)) {
            List<LocalDate> dues = deadline.dueDatesBetween(period.from(), period.to());
            if (dues.isEmpty()) {
                continue;
            }
            List<OrgUnit> targets = deadlines.targetsAmong(deadline, cells);
            if (targets.isEmpty()) {
                continue; // set above for other cells only
            }
            Map<LocalDate, Integer> submitted = submittedCounts(deadline, unit, targets, wide, period);
            for (LocalDate due : dues) {
                int done = submitted.getOrDefault(due, 0);
                statuses.add(new Overview.DeadlineStatus(
                        deadline.id(),
                        deadline.title(),
                        due,
                        done,
                        targets.size(),
                        due.isBefore(today) && done < targets.size()));
            }
        }
        return statuses;
    }

    /**
     * Submissions of {@code targets} (the deadline's cells under {@code unit}) per due date in the period. A wide
     * subtree reads the deadline's submissions by its key and counts its own; a narrow one counts in SQL by path.
     */
    private Map<LocalDate, Integer> submittedCounts(
            Deadline deadline, OrgUnit unit, List<OrgUnit> targets, boolean wide, Period period) {
        Map<LocalDate, Integer> counts = new HashMap<>();
        if (wide) {
            Set<Long> ids = Cells.ids(targets);
            jdbc.sql("SELECT cell_id, due_on FROM report_submission WHERE deadline_id = ? AND due_on BETWEEN ? AND ?")
                    .params(deadline.id(), Date.valueOf(period.from()), Date.valueOf(period.to()))
                    .query(rs -> {
                        if (ids.contains(rs.getLong(1))) {
                            counts.merge(rs.getDate(2).toLocalDate(), 1, Integer::sum);
                        }
                    });
            return counts;
        }
        String listed = deadline.allCells()
                ? ""
                : " AND s.cell_id IN (SELECT cell_id FROM report_deadline_cell WHERE deadline_id = s.deadline_id)";
        jdbc.sql(
                        "SELECT s.due_on, COUNT(*) FROM report_submission s JOIN org_unit u ON u.id = s.cell_id WHERE s.deadline_id = ?"
                                + " AND s.due_on BETWEEN ? AND ? AND u.path LIKE ?" + listed + " GROUP BY s.due_on")
                .params(deadline.id(), Date.valueOf(period.from()), Date.valueOf(period.to()), unit.path() + "%")
                .query(rs -> {
                    counts.put(rs.getDate(1).toLocalDate(), rs.getInt(2));
                });
        return counts;
    }

    /** Overdue due dates (within the last {@code days} days) of the deadlines concerning the subtree, with its cells still missing. */
    Map<Overview.DeadlineStatus, List<OrgUnit>> overdue(OrgUnit unit, List<OrgUnit> all, LocalDate today, int days) {
        Map<Overview.DeadlineStatus, List<OrgUnit>> late = new LinkedHashMap<>();
        for (Deadline deadline : deadlines.openConcerning(unit)) {
            List<LocalDate> dues = deadline.dueDatesBetween(today.minusDays(days), today.minusDays(1));
            List<OrgUnit> cells = dues.isEmpty() ? List.of() : deadlines.targetsAmong(deadline, all);
            for (LocalDate due : dues) {
                var submitted = deadlines.submissions(deadline.id(), due);
                List<OrgUnit> missing = cells.stream()
                        .filter(c -> !submitted.containsKey(c.id()))
                        .toList();
                if (!missing.isEmpty()) {
                    late.put(
                            new Overview.DeadlineStatus(
                                    deadline.id(),
                                    deadline.title(),
                                    due,
                                    cells.size() - missing.size(),
                                    cells.size(),
                                    true),
                            missing);
                }
            }
        }
        return late;
    }
}

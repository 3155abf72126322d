package vn.chibo.content.status;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.org.OrgUnit;

/**
 * The reports a subtree owes: per due date, how many of the organisations asked (cells, or the subordinate
 * committees a committee counts) have submitted, and who is late.
 */
@Repository
class DeadlineTallies {

    /** Targets per probing query of a narrow subtree: well under any database's limit on parameters. */
    private static final int PROBE_CHUNK = 500;

    private final JdbcClient jdbc;
    private final Deadlines deadlines;

    DeadlineTallies(JdbcClient jdbc, Deadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    /**
     * Due dates falling in the period of the deadlines that concern the subtree (set within it or above it), counted
     * for the deadline's targets within the subtree only. A deadline for every cell finds them among the unit's cells
     * already read, by path, so no such deadline reads the tree again.
     */
    List<Overview.DeadlineStatus> statuses(
            OrgUnit unit, List<OrgUnit> cells, boolean wide, Period period, LocalDate today) {
        List<Overview.DeadlineStatus> statuses = new ArrayList<>();
        for (Deadline deadline : deadlines.openConcerning(unit)) {
            List<LocalDate> dues = deadline.dueDatesBetween(period.from(), period.to());
            if (dues.isEmpty()) {
                continue;
            }
            List<OrgUnit> targets = deadlines.targetsWithin(deadline, unit, cells);
            if (targets.isEmpty()) {
                continue; // set above for other organisations only
            }
            Deadline.Counted counted = Deadline.Counted.of(deadline, targets);
            Map<LocalDate, Integer> submitted = submittedCounts(deadline, targets, wide, period);
            for (LocalDate due : dues) {
                int done = submitted.getOrDefault(due, 0);
                statuses.add(new Overview.DeadlineStatus(
                        deadline.id(),
                        deadline.title(),
                        due,
                        done,
                        targets.size(),
                        due.isBefore(today) && done < targets.size(),
                        counted));
            }
        }
        return statuses;
    }

    /**
     * Submissions of {@code targets} (the deadline's organisations within the subtree) per due date in the period.
     * A wide subtree reads the deadline's submissions in the period by its index; a narrow one only its targets'.
     * Either way only the targets' own count.
     */
    private Map<LocalDate, Integer> submittedCounts(
            Deadline deadline, List<OrgUnit> targets, boolean wide, Period period) {
        Map<LocalDate, Integer> counts = new HashMap<>();
        UnitIndex ids = UnitIndex.of(targets);
        RowCallbackHandler row = rs -> {
            if (ids.contains(rs.getLong(1))) {
                counts.merge(rs.getObject(2, LocalDate.class), 1, Integer::sum);
            }
        };
        if (wide) {
            // Answered from ix_submission_due (deadline_id, due_on, unit_id) alone: the targets are already known.
            jdbc.sql("SELECT unit_id, due_on FROM report_submission WHERE deadline_id = ? AND due_on BETWEEN ? AND ?")
                    .params(deadline.id(), Date.valueOf(period.from()), Date.valueOf(period.to()))
                    .query(row);
        } else {
            // Probed target by target through the primary key (deadline_id, unit_id, due_on): a small subtree reads
            // its own rows, not the deadline's rows for the whole organisation.
            List<Long> all = ids.ids();
            for (int from = 0; from < all.size(); from += PROBE_CHUNK) {
                jdbc.sql("SELECT unit_id, due_on FROM report_submission WHERE deadline_id = :deadline"
                                + " AND unit_id IN (:units) AND due_on BETWEEN :from AND :to")
                        .param("deadline", deadline.id())
                        .param("units", all.subList(from, Math.min(all.size(), from + PROBE_CHUNK)))
                        .param("from", Date.valueOf(period.from()))
                        .param("to", Date.valueOf(period.to()))
                        .query(row);
            }
        }
        return counts;
    }

    /**
     * Overdue due dates (within the last {@code days} days) of the deadlines concerning the subtree, with the
     * organisations asked within it still missing.
     */
    Map<Overview.DeadlineStatus, List<OrgUnit>> overdue(OrgUnit unit, List<OrgUnit> all, LocalDate today, int days) {
        Map<Overview.DeadlineStatus, List<OrgUnit>> late = new LinkedHashMap<>();
        for (Deadline deadline : deadlines.openConcerning(unit)) {
            List<LocalDate> dues = deadline.dueDatesBetween(today.minusDays(days), today.minusDays(1));
            List<OrgUnit> targets = dues.isEmpty() ? List.of() : deadlines.targetsWithin(deadline, unit, all);
            for (LocalDate due : dues) {
                var submitted = deadlines.submissions(deadline.id(), due);
                List<OrgUnit> missing = targets.stream()
                        .filter(c -> !submitted.containsKey(c.id()))
                        .toList();
                if (!missing.isEmpty()) {
                    late.put(
                            new Overview.DeadlineStatus(
                                    deadline.id(),
                                    deadline.title(),
                                    due,
                                    targets.size() - missing.size(),
                                    targets.size(),
                                    true,
                                    Deadline.Counted.of(deadline, targets)),
                            missing);
                }
            }
        }
        return late;
    }
}

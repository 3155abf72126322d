package vn.chibo.content.status;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chibo.content.access.Scope;
import vn.chibo.content.commendation.CommendationFilter;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * Status queries for a unit's subtree. Each reads with a handful of indexed queries: the subtree's cells by
 * path prefix, and the period's meetings reduced in SQL to distinct (cell, month) and (cell, quarter) pairs,
 * so a committee of 5,200 cells is answered without reading its meetings one by one.
 */
@Repository
public class StatusQueries {

    /** A cell with the facts lists show: where it sits and who its secretary is. */
    public record CellLine(OrgUnit cell, OrgUnit child, String secretary) {}

    /** A cell's counts for a period: cell-months with a monthly meeting, cell-quarters with a thematic one. */
    public record CellRow(CellLine line, Overview.Tally monthly, Overview.Tally thematic) {}

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final Deadlines deadlines;
    private final Commendations commendations;
    private final Clock clock;

    public StatusQueries(JdbcClient jdbc, OrgUnits units, Deadlines deadlines, Commendations commendations, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.deadlines = deadlines;
        this.commendations = commendations;
        this.clock = clock;
    }

    public Overview overview(OrgUnit unit, Period period) {
        LocalDate today = LocalDate.now(clock);
        List<OrgUnit> cells = cellsUnder(unit);
        Map<Long, OrgUnit> childOf = childOf(unit, cells);
        List<YearMonth> months = period.monthsBegunBy(today);
        // A month's thematic count is its quarter's so far: a thematic meeting is due once a quarter, not monthly.
        Period thematicPeriod = period.kind() == Period.Kind.MONTH ? Period.quarterOf(period.from()) : period;
        LocalDate thematicTo = period.to();
        List<String> quarters = thematicPeriod.quartersBegunBy(today.isBefore(thematicTo) ? today : thematicTo);
        Set<String> monthly = monthlyHeld(unit, period);
        Set<String> thematic = thematicHeld(unit, thematicPeriod.from(), thematicTo);

        List<OrgUnit> below = unit.isCell() ? List.of() : units.children(unit.id());
        Map<Long, int[]> perChild = new LinkedHashMap<>();
        below.forEach(c -> perChild.put(c.id(), new int[4]));
        int monthlyDone = 0;
        int thematicDone = 0;
        for (OrgUnit cell : cells) {
            int m = (int) months.stream().filter(ym -> monthly.contains(cell.id() + ":" + ym)).count();
            int t = (int) quarters.stream().filter(q -> thematic.contains(cell.id() + ":" + q)).count();
            monthlyDone += m;
            thematicDone += t;
            OrgUnit child = childOf.get(cell.id());
            if (child != null) {
                int[] counts = perChild.computeIfAbsent(child.id(), k -> new int[4]);
                counts[0]++;
                counts[1] += m;
                counts[2] += t;
            }
        }
        List<Overview.Child> children = new ArrayList<>();
        for (OrgUnit child : below) {
            int[] c = perChild.get(child.id());
            children.add(new Overview.Child(child, c[0], new Overview.Tally(c[1], c[0] * months.size()), new Overview.Tally(c[2], c[0] * quarters.size())));
        }
        Scope scope = Scope.of(unit);
        return new Overview(unit, period, cells.size(), new Overview.Tally(monthlyDone, cells.size() * months.size()),
                new Overview.Tally(thematicDone, cells.size() * quarters.size()), deadlines(unit, period, today), period.year(),
                commendations.countByForm(CommendationFilter.within(scope).withYear(period.year())), flaggedMembers(unit, period, today), children);
    }

    /** Every cell under {@code unit} with its counts for the period, in one pass over the period's meetings. */
    public List<CellRow> perCell(OrgUnit unit, Period period) {
        LocalDate today = LocalDate.now(clock);
        List<OrgUnit> cells = cellsUnder(unit);
        Map<Long, OrgUnit> childOf = childOf(unit, cells);
        Map<Long, String> secretaries = secretaries(unit);
        List<YearMonth> months = period.monthsBegunBy(today);
        Period thematicPeriod = period.kind() == Period.Kind.MONTH ? Period.quarterOf(period.from()) : period;
        List<String> quarters = thematicPeriod.quartersBegunBy(today.isBefore(period.to()) ? today : period.to());
        Set<String> monthly = monthlyHeld(unit, period);
        Set<String> thematic = thematicHeld(unit, thematicPeriod.from(), period.to());
        List<CellRow> rows = new ArrayList<>();
        for (OrgUnit cell : cells) {
            int m = (int) months.stream().filter(ym -> monthly.contains(cell.id() + ":" + ym)).count();
            int t = (int) quarters.stream().filter(q -> thematic.contains(cell.id() + ":" + q)).count();
            rows.add(new CellRow(new CellLine(cell, childOf.get(cell.id()), secretaries.get(cell.id())), new Overview.Tally(m, months.size()),
                    new Overview.Tally(t, quarters.size())));
        }
        return rows;
    }

    /** Cells under {@code unit} (itself if a cell) that have not held a monthly meeting in {@code month}, with their place and secretary. */
    public List<CellLine> notMet(OrgUnit unit, YearMonth month) {
        Set<String> held = monthlyHeld(unit, Period.month(month));
        List<OrgUnit> cells = cellsUnder(unit);
        Map<Long, OrgUnit> childOf = childOf(unit, cells);
        Map<Long, String> secretaries = secretaries(unit);
        List<CellLine> lines = new ArrayList<>();
        for (OrgUnit cell : cells) {
            if (!held.contains(cell.id() + ":" + month)) {
                lines.add(new CellLine(cell, childOf.get(cell.id()), secretaries.get(cell.id())));
            }
        }
        return lines;
    }

    /** Due dates of the subtree's deadlines (set by the unit or committees below it) falling in the period. */
    private List<Overview.DeadlineStatus> deadlines(OrgUnit unit, Period period, LocalDate today) {
        List<Overview.DeadlineStatus> statuses = new ArrayList<>();
        Set<Long> inScope = new HashSet<>(cellsUnder(unit).stream().map(OrgUnit::id).toList());
        for (Deadline deadline : deadlines.openWithin(Scope.of(unit))) {
            List<OrgUnit> cells = deadlines.cellsOf(deadline).stream().filter(c -> inScope.contains(c.id())).toList();
            for (LocalDate due : deadline.dueDatesBetween(period.from(), period.to())) {
                var submitted = deadlines.submissions(deadline.id(), due);
                int done = (int) cells.stream().filter(c -> submitted.containsKey(c.id())).count();
                statuses.add(new Overview.DeadlineStatus(deadline.id(), deadline.title(), due, done, cells.size(), due.isBefore(today) && done < cells.size()));
            }
        }
        return statuses;
    }

    /** Overdue due dates (within the last {@code days} days) of the subtree's deadlines, with the cells still missing. */
    public Map<Overview.DeadlineStatus, List<OrgUnit>> overdue(OrgUnit unit, int days) {
        LocalDate today = LocalDate.now(clock);
        Set<Long> inScope = new HashSet<>(cellsUnder(unit).stream().map(OrgUnit::id).toList());
        Map<Overview.DeadlineStatus, List<OrgUnit>> late = new LinkedHashMap<>();
        for (Deadline deadline : deadlines.openWithin(Scope.of(unit))) {
            List<OrgUnit> cells = deadlines.cellsOf(deadline).stream().filter(c -> inScope.contains(c.id())).toList();
            for (LocalDate due : deadline.dueDatesBetween(today.minusDays(days), today.minusDays(1))) {
                var submitted = deadlines.submissions(deadline.id(), due);
                List<OrgUnit> missing = cells.stream().filter(c -> !submitted.containsKey(c.id())).toList();
                if (!missing.isEmpty()) {
                    late.put(new Overview.DeadlineStatus(deadline.id(), deadline.title(), due, cells.size() - missing.size(), cells.size(), true), missing);
                }
            }
        }
        return late;
    }

    public List<OrgUnit> cellsUnder(OrgUnit unit) {
        return unit.isCell() ? List.of(unit) : units.within(unit.path(), vn.chibo.content.org.OrgKind.CELL);
    }

    /** For each cell under {@code unit}, the unit right below {@code unit} that contains it (the cell itself if directly below). */
    private Map<Long, OrgUnit> childOf(OrgUnit unit, List<OrgUnit> cells) {
        Map<Long, OrgUnit> result = new HashMap<>();
        if (unit.isCell()) {
            return result;
        }
        Map<Long, OrgUnit> children = new HashMap<>();
        units.children(unit.id()).forEach(c -> children.put(c.id(), c));
        for (OrgUnit cell : cells) {
            String below = cell.path().substring(unit.path().length());
            int slash = below.indexOf('/');
            if (slash > 0) {
                OrgUnit child = children.get(Long.parseLong(below.substring(0, slash)));
                if (child != null) {
                    result.put(cell.id(), child);
                }
            }
        }
        return result;
    }

    /** "cell:2026-11" for every cell-month of the period with a monthly (or combined) meeting. */
    private Set<String> monthlyHeld(OrgUnit unit, Period period) {
        Set<String> held = new HashSet<>();
        jdbc.sql("SELECT DISTINCT m.cell_id, EXTRACT(YEAR FROM m.held_on), EXTRACT(MONTH FROM m.held_on) FROM meeting m"
                        + " JOIN org_unit u ON u.id = m.cell_id WHERE u.path LIKE ? AND m.held_on BETWEEN ? AND ?"
                        + " AND m.deleted_at IS NULL AND m.kind IN ('MONTHLY', 'COMBINED')")
                .params(unit.path() + "%", Date.valueOf(period.from()), Date.valueOf(period.to()))
                .query(rs -> {
                    held.add(rs.getLong(1) + ":" + YearMonth.of(rs.getInt(2), rs.getInt(3)));
                });
        return held;
    }

    /** "cell:2026-4" for every cell-quarter with a thematic (or combined) meeting between {@code from} and {@code to}. */
    private Set<String> thematicHeld(OrgUnit unit, LocalDate from, LocalDate to) {
        Set<String> held = new HashSet<>();
        jdbc.sql("SELECT DISTINCT m.cell_id, EXTRACT(YEAR FROM m.held_on), EXTRACT(QUARTER FROM m.held_on) FROM meeting m"
                        + " JOIN org_unit u ON u.id = m.cell_id WHERE u.path LIKE ? AND m.held_on BETWEEN ? AND ?"
                        + " AND m.deleted_at IS NULL AND m.kind IN ('THEMATIC', 'COMBINED')")
                .params(unit.path() + "%", Date.valueOf(from), Date.valueOf(to))
                .query(rs -> {
                    held.add(rs.getLong(1) + ":" + rs.getInt(2) + "-" + rs.getInt(3));
                });
        return held;
    }

    /** Members under the unit absent without reason in at least 2 different months of the 12 up to the period's end. */
    private int flaggedMembers(OrgUnit unit, Period period, LocalDate today) {
        LocalDate end = period.to().isAfter(today) ? today : period.to();
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT a.member_id FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id"
                        + " JOIN org_unit u ON u.id = m.cell_id JOIN member mb ON mb.id = a.member_id"
                        + " WHERE u.path LIKE ? AND mb.active AND m.deleted_at IS NULL AND a.presence = 'ABSENT_UNEXCUSED' AND m.held_on BETWEEN ? AND ?"
                        + " GROUP BY a.member_id HAVING COUNT(DISTINCT EXTRACT(YEAR FROM m.held_on) * 100 + EXTRACT(MONTH FROM m.held_on)) >= 2) f")
                .params(unit.path() + "%", Date.valueOf(YearMonth.from(end).minusMonths(11).atDay(1)), Date.valueOf(end))
                .query(Integer.class)
                .single();
    }

    private Map<Long, String> secretaries(OrgUnit unit) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT r.org_unit_id, r.person_name FROM role_assignment r JOIN org_unit u ON u.id = r.org_unit_id"
                        + " WHERE u.path LIKE ? AND r.role = 'SECRETARY' ORDER BY r.id")
                .param(unit.path() + "%")
                .query(rs -> {
                    names.putIfAbsent(rs.getLong(1), rs.getString(2));
                });
        return names;
    }
}

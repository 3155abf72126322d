package vn.chibo.content.status;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chibo.content.access.Scope;
import vn.chibo.content.commendation.CommendationFilter;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * Status queries for a unit's subtree. Each reads with a handful of indexed queries: the subtree's cells by
 * path prefix, and the period's meetings (cell, day and kind only, from a covering index) in one pass into a
 * {@link HeldGrid} of bits, so a committee of 52,000 cells is counted without an object per meeting.
 */
@Repository
public class StatusQueries {

    /** A cell with the facts lists show: where it sits and who its secretary is. */
    public record CellLine(OrgUnit cell, OrgUnit child, String secretary) {}

    /** A cell's counts for a period: cell-months with a monthly meeting, cell-quarters with a thematic one. */
    public record CellRow(CellLine line, Overview.Tally monthly, Overview.Tally thematic) {}

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final DeadlineTallies deadlineTallies;
    private final StatusPeople people;
    private final Commendations commendations;
    private final Clock clock;

    public StatusQueries(
            JdbcClient jdbc,
            OrgUnits units,
            DeadlineTallies deadlineTallies,
            StatusPeople people,
            Commendations commendations,
            Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.deadlineTallies = deadlineTallies;
        this.people = people;
        this.commendations = commendations;
        this.clock = clock;
    }

    public Overview overview(OrgUnit unit, Period period) {
        return overview(unit, period, true);
    }

    /**
     * The overview's meeting counts only (cells, monthly and thematic meetings, and the same for each unit right
     * below): its deadlines, commendations and flagged members are left empty, for a caller that counts those its
     * own way (a report) and should not pay for them.
     */
    public Overview meetingCounts(OrgUnit unit, Period period) {
        return overview(unit, period, false);
    }

    private Overview overview(OrgUnit unit, Period period, boolean full) {
        LocalDate today = LocalDate.now(clock);
        List<OrgUnit> cells = cellsUnder(unit);
        boolean wide = wide(cells);
        Held held = held(unit, cells, wide, period, today);
        Below below = below(unit, cells);
        int[][] perChild = new int[below.units().size()][3];
        int monthlyDone = 0;
        int thematicDone = 0;
        for (int i = 0; i < cells.size(); i++) {
            int m = held.monthly(i);
            int t = held.thematic(i);
            monthlyDone += m;
            thematicDone += t;
            if (below.ofCell()[i] >= 0) {
                int[] counts = perChild[below.ofCell()[i]];
                counts[0]++;
                counts[1] += m;
                counts[2] += t;
            }
        }
        List<Overview.Child> children = new ArrayList<>();
        for (int j = 0; j < below.units().size(); j++) {
            int[] c = perChild[j];
            children.add(new Overview.Child(
                    below.units().get(j),
                    c[0],
                    new Overview.Tally(c[1], c[0] * held.months()),
                    new Overview.Tally(c[2], c[0] * held.quarters())));
        }
        Scope scope = Scope.of(unit);
        return new Overview(
                unit,
                period,
                cells.size(),
                new Overview.Tally(monthlyDone, cells.size() * held.months()),
                new Overview.Tally(thematicDone, cells.size() * held.quarters()),
                full ? deadlineTallies.statuses(unit, cells, wide, period, today) : List.of(),
                period.year(),
                full
                        ? commendations.countByForm(
                                CommendationFilter.within(scope).withYear(period.year()))
                        : Map.of(),
                full ? people.flaggedMembers(unit, cells, wide, period, today) : 0,
                children);
    }

    /** Every cell under {@code unit} with its counts for the period, in one pass over the period's meetings. */
    public List<CellRow> perCell(OrgUnit unit, Period period) {
        LocalDate today = LocalDate.now(clock);
        List<OrgUnit> cells = cellsUnder(unit);
        Below below = below(unit, cells);
        Map<Long, String> secretaries = people.secretaries(unit);
        Held held = held(unit, cells, wide(cells), period, today);
        List<CellRow> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            OrgUnit cell = cells.get(i);
            rows.add(new CellRow(
                    new CellLine(cell, below.of(i), secretaries.get(cell.id())),
                    new Overview.Tally(held.monthly(i), held.months()),
                    new Overview.Tally(held.thematic(i), held.quarters())));
        }
        return rows;
    }

    /** Cells under {@code unit} (itself if a cell) that have not held a monthly meeting in {@code month}, with their place and secretary. */
    public List<CellLine> notMet(OrgUnit unit, YearMonth month) {
        List<OrgUnit> cells = cellsUnder(unit);
        HeldGrid grid = new HeldGrid(UnitIndex.of(cells), month.atDay(1), month.atEndOfMonth());
        read(unit, wide(cells), month.atDay(1), month.atEndOfMonth(), grid);
        int[] column = grid.monthColumns(List.of(month));
        Below below = below(unit, cells);
        Map<Long, String> secretaries = people.secretaries(unit);
        List<CellLine> lines = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            OrgUnit cell = cells.get(i);
            if (grid.monthlyHeld(i, column) == 0) {
                lines.add(new CellLine(cell, below.of(i), secretaries.get(cell.id())));
            }
        }
        return lines;
    }

    /** Overdue due dates (within the last {@code days} days) of the deadlines concerning the subtree, with its cells still missing. */
    public Map<Overview.DeadlineStatus, List<OrgUnit>> overdue(OrgUnit unit, int days) {
        return deadlineTallies.overdue(unit, cellsUnder(unit), LocalDate.now(clock), days);
    }

    public List<OrgUnit> cellsUnder(OrgUnit unit) {
        return unit.isCell() ? List.of(unit) : units.within(unit.path(), vn.chibo.content.org.OrgKind.CELL);
    }

    /** The units right below a unit (none below a cell) and, for each of its cells by position, which one holds it. */
    private record Below(List<OrgUnit> units, int[] ofCell) {

        /** The unit right below that holds the cell at {@code position} (the cell itself if right below); null if none. */
        OrgUnit of(int position) {
            return ofCell[position] < 0 ? null : units.get(ofCell[position]);
        }
    }

    /**
     * The units right below {@code unit}, and for each of its {@code cells} the position among them of the one that
     * contains it, read from the cell's path ("/1/23/456/"), whose segment after the unit's path is that unit's id.
     */
    private Below below(OrgUnit unit, List<OrgUnit> cells) {
        int[] ofCell = new int[cells.size()];
        Arrays.fill(ofCell, -1);
        if (unit.isCell()) {
            return new Below(List.of(), ofCell);
        }
        List<OrgUnit> children = units.children(unit.id());
        UnitIndex index = UnitIndex.of(children);
        int start = unit.path().length();
        for (int i = 0; i < ofCell.length; i++) {
            String path = cells.get(i).path();
            int slash = path.indexOf('/', start);
            if (slash > start) {
                ofCell[i] = index.positionOf(Long.parseLong(path, start, slash, 10));
            }
        }
        return new Below(children, ofCell);
    }

    /**
     * Whether {@code cells} are a large share of the organisation's cells. A wide subtree reads a period's rows from
     * a covering index by date alone and keeps its own cells in memory; a narrow one probes its cells one by one
     * through the (cell, date) index, so a cell or a small committee never reads the whole organisation's period.
     */
    private boolean wide(List<OrgUnit> cells) {
        int all = jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE kind = 'CELL'")
                .query(Integer.class)
                .single();
        return cells.size() * 4L >= all;
    }

    /**
     * What the period's cells held, with what they are counted against: the months of the period begun by today
     * (monthly meetings) and the quarters begun (thematic ones, due once a quarter; a month's count is its
     * quarter's so far, so a month period reads from its quarter's first day).
     */
    private Held held(OrgUnit unit, List<OrgUnit> cells, boolean wide, Period period, LocalDate today) {
        Period thematicPeriod = period.kind() == Period.Kind.MONTH ? Period.quarterOf(period.from()) : period;
        LocalDate from = thematicPeriod.from().isBefore(period.from()) ? thematicPeriod.from() : period.from();
        HeldGrid grid = new HeldGrid(UnitIndex.of(cells), from, period.to());
        read(unit, wide, from, period.to(), grid);
        List<YearMonth> months = period.monthsBegunBy(today);
        List<String> quarters = thematicPeriod.quartersBegunBy(today.isBefore(period.to()) ? today : period.to());
        return new Held(grid, grid.monthColumns(months), grid.quarterColumns(quarters));
    }

    /** A grid with the month and quarter columns a period counts. */
    private record Held(HeldGrid grid, int[] monthColumns, int[] quarterColumns) {

        int monthly(int position) {
            return grid.monthlyHeld(position, monthColumns);
        }

        int thematic(int position) {
            return grid.thematicHeld(position, quarterColumns);
        }

        int months() {
            return monthColumns.length;
        }

        int quarters() {
            return quarterColumns.length;
        }
    }

    /**
     * One read of the meetings of the grid's cells (those under {@code unit}) between {@code from} and {@code to}.
     * The day and kind are read as they are stored and turned into the grid's month and answers here: asking the
     * database to compute them (EXTRACT, IN lists) made a 52,000-cell year a third slower on H2.
     */
    private void read(OrgUnit unit, boolean wide, LocalDate from, LocalDate to, HeldGrid grid) {
        RowCallbackHandler row = rs -> {
            LocalDate day = rs.getObject(2, LocalDate.class);
            MeetingKind kind = MeetingKind.valueOf(rs.getString(3));
            grid.record(
                    rs.getLong(1),
                    HeldGrid.monthNumber(day.getYear(), day.getMonthValue()),
                    kind.isMonthly(),
                    kind.isThematic());
        };
        if (wide) {
            // Answered from ix_meeting_period (held_on, cell_id, kind, deleted_at) without touching the table;
            // the grid keeps its own cells' rows.
            jdbc.sql("SELECT cell_id, held_on, kind FROM meeting WHERE held_on BETWEEN ? AND ? AND deleted_at IS NULL")
                    .params(Date.valueOf(from), Date.valueOf(to))
                    .query(row);
        } else {
            jdbc.sql(
                            "SELECT m.cell_id, m.held_on, m.kind FROM org_unit u JOIN meeting m ON m.cell_id = u.id WHERE u.path LIKE ?"
                                    + " AND u.kind = 'CELL' AND m.held_on BETWEEN ? AND ? AND m.deleted_at IS NULL")
                    .params(unit.path() + "%", Date.valueOf(from), Date.valueOf(to))
                    .query(row);
        }
    }
}

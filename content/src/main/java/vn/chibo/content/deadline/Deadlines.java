package vn.chibo.content.deadline;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.access.Scope;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/** Deadlines and submissions as stored. */
@Repository
public class Deadlines {

    /** The longest report title the column keeps (characters). */
    public static final int MAX_TITLE = 300;
    /** The longest file name kept for a submitted report; a longer one is shortened, keeping its extension. */
    public static final int MAX_FILE_NAME = 300;

    /** A cell's submission for one due date. */
    public record Submission(long cellId, LocalDate dueOn, java.time.Instant submittedAt, String fileName) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final OrgUnits units;

    public Deadlines(JdbcClient jdbc, Clock clock, OrgUnits units) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.units = units;
    }

    @Transactional
    public Deadline create(
            OrgUnit committee,
            String title,
            LocalDate firstDueOn,
            int periodMonths,
            List<Long> cellIds,
            Long createdBy) {
        var keys = new GeneratedKeyHolder();
        boolean all = cellIds.isEmpty();
        jdbc.sql(
                        "INSERT INTO report_deadline (committee_id, title, first_due_on, period_months, all_cells, created_by, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        committee.id(),
                        title,
                        Date.valueOf(firstDueOn),
                        periodMonths,
                        all,
                        createdBy,
                        Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Long cell : cellIds) {
            jdbc.sql("INSERT INTO report_deadline_cell (deadline_id, cell_id) VALUES (?, ?)")
                    .params(id, cell)
                    .update();
        }
        return new Deadline(id, committee.id(), title, firstDueOn, periodMonths, all, List.copyOf(cellIds));
    }

    public Optional<Deadline> find(long id) {
        return jdbc.sql(
                        "SELECT id, committee_id, title, first_due_on, period_months, all_cells FROM report_deadline WHERE id = ?")
                .param(id)
                .query((rs, i) -> new Deadline(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getDate(4).toLocalDate(),
                        rs.getInt(5),
                        rs.getBoolean(6),
                        List.of()))
                .optional()
                .map(this::withCells);
    }

    /** Open deadlines whose committee lies within {@code scope}. */
    public List<Deadline> openWithin(Scope scope) {
        return open("u.path LIKE ?", scope.likePattern());
    }

    /**
     * Open deadlines that concern {@code unit}'s subtree: set within it, or set above it (a committee the unit
     * belongs to) for cells that may lie in it. Callers count only the unit's own cells.
     */
    public List<Deadline> openConcerning(OrgUnit unit) {
        return open("(u.path LIKE ? OR ? LIKE CONCAT(u.path, '%'))", unit.path() + "%", unit.path());
    }

    /** Open deadlines whose committee (u) matches {@code committeeCondition}, oldest first, with their listed cells. */
    private List<Deadline> open(String committeeCondition, Object... params) {
        return jdbc
                .sql(
                        "SELECT d.id, d.committee_id, d.title, d.first_due_on, d.period_months, d.all_cells FROM report_deadline d"
                                + " JOIN org_unit u ON u.id = d.committee_id WHERE d.closed_at IS NULL AND "
                                + committeeCondition + " ORDER BY d.id")
                .params(params)
                .query((rs, i) -> new Deadline(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getDate(4).toLocalDate(),
                        rs.getInt(5),
                        rs.getBoolean(6),
                        List.of()))
                .list()
                .stream()
                .map(this::withCells)
                .toList();
    }

    private Deadline withCells(Deadline d) {
        if (d.allCells()) {
            return d;
        }
        List<Long> cells = jdbc.sql("SELECT cell_id FROM report_deadline_cell WHERE deadline_id = ? ORDER BY cell_id")
                .param(d.id())
                .query(Long.class)
                .list();
        return new Deadline(d.id(), d.committeeId(), d.title(), d.firstDueOn(), d.periodMonths(), d.allCells(), cells);
    }

    /**
     * The deadline's cells among {@code cells} (already read, a subtree's): those it lists, or all under its committee,
     * found by path so that the tree is not read again.
     */
    public List<OrgUnit> targetsAmong(Deadline deadline, List<OrgUnit> cells) {
        if (!deadline.allCells()) {
            java.util.Set<Long> listed = new java.util.HashSet<>(deadline.cellIds());
            return cells.stream().filter(c -> listed.contains(c.id())).toList();
        }
        String committee = units.get(deadline.committeeId()).path();
        return cells.stream().filter(c -> c.path().startsWith(committee)).toList();
    }

    /** The cells a deadline is for: its listed cells, or every cell under its committee. */
    public List<OrgUnit> cellsOf(Deadline deadline) {
        OrgUnit committee = units.get(deadline.committeeId());
        List<OrgUnit> all = units.within(committee.path(), OrgKind.CELL);
        return deadline.allCells()
                ? all
                : all.stream().filter(c -> deadline.cellIds().contains(c.id())).toList();
    }

    /** Submissions for one due date, by cell id. */
    public Map<Long, Submission> submissions(long deadlineId, LocalDate dueOn) {
        Map<Long, Submission> byCell = new HashMap<>();
        jdbc.sql(
                        "SELECT cell_id, due_on, submitted_at, file_name FROM report_submission WHERE deadline_id = ? AND due_on = ?")
                .params(deadlineId, Date.valueOf(dueOn))
                .query(rs -> {
                    byCell.put(
                            rs.getLong(1),
                            new Submission(
                                    rs.getLong(1),
                                    rs.getDate(2).toLocalDate(),
                                    rs.getTimestamp(3).toInstant(),
                                    rs.getString(4)));
                });
        return byCell;
    }

    /** Records that the cell submitted for that due date; a second call changes nothing. Returns whether it was new. */
    public boolean submit(long deadlineId, long cellId, LocalDate dueOn, Long by) {
        return submitAt(deadlineId, cellId, dueOn, clock.instant(), by);
    }

    /** As {@link #submit}, submitted at {@code at}: a submission recorded after the fact, or history loaded. */
    public boolean submitAt(long deadlineId, long cellId, LocalDate dueOn, java.time.Instant at, Long by) {
        return jdbc.sql(
                                "INSERT INTO report_submission (deadline_id, cell_id, due_on, submitted_at, submitted_by)"
                                        + " SELECT ?, ?, ?, ?, ? FROM (VALUES (0)) AS one(x) WHERE NOT EXISTS"
                                        + " (SELECT 1 FROM report_submission WHERE deadline_id = ? AND cell_id = ? AND due_on = ?)")
                        .params(
                                deadlineId,
                                cellId,
                                Date.valueOf(dueOn),
                                Timestamp.from(at),
                                by,
                                deadlineId,
                                cellId,
                                Date.valueOf(dueOn))
                        .update()
                == 1;
    }

    /** Keeps the report's file (a Telegram file id) with the submission. */
    public void attach(long deadlineId, long cellId, LocalDate dueOn, String fileId, String fileName) {
        jdbc.sql(
                        "UPDATE report_submission SET file_id = ?, file_name = ? WHERE deadline_id = ? AND cell_id = ? AND due_on = ?")
                .params(fileId, shortened(fileName), deadlineId, cellId, Date.valueOf(dueOn))
                .update();
    }

    /** A file name the column can keep: cut in its middle, so that its start and its extension stay. */
    static String shortened(String fileName) {
        if (fileName == null || fileName.length() <= MAX_FILE_NAME) {
            return fileName;
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot > 0 && fileName.length() - dot <= 10 ? fileName.substring(dot) : "";
        return fileName.substring(0, MAX_FILE_NAME - extension.length() - 1) + "…" + extension;
    }
}

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

    /** An organisation's submission for one due date. */
    public record Submission(long unitId, LocalDate dueOn, java.time.Instant submittedAt, String fileName) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final OrgUnits units;

    public Deadlines(JdbcClient jdbc, Clock clock, OrgUnits units) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.units = units;
    }

    /**
     * Stores a deadline of {@code committee} for {@code targets} ({@code unitIds}: those picked, for CHOSEN), rolled
     * down from {@code parentId} when not null.
     */
    @Transactional
    public Deadline create(
            OrgUnit committee,
            String title,
            LocalDate firstDueOn,
            int periodMonths,
            Deadline.Targets targets,
            List<Long> unitIds,
            Long parentId,
            Long createdBy) {
        var keys = new GeneratedKeyHolder();
        List<Long> listed = targets == Deadline.Targets.CHOSEN ? List.copyOf(unitIds) : List.of();
        jdbc.sql(
                        "INSERT INTO report_deadline (committee_id, title, first_due_on, period_months, targets, parent_id, created_by, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        committee.id(),
                        title,
                        Date.valueOf(firstDueOn),
                        periodMonths,
                        targets.name(),
                        parentId,
                        createdBy,
                        Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Long unit : listed) {
            jdbc.sql("INSERT INTO report_deadline_unit (deadline_id, unit_id) VALUES (?, ?)")
                    .params(id, unit)
                    .update();
        }
        return new Deadline(id, committee.id(), title, firstDueOn, periodMonths, targets, listed, parentId);
    }

    private static final String COLUMNS =
            "d.id, d.committee_id, d.title, d.first_due_on, d.period_months, d.targets, d.parent_id";

    private static Deadline map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Deadline(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getDate(4).toLocalDate(),
                rs.getInt(5),
                Deadline.Targets.valueOf(rs.getString(6)),
                List.of(),
                rs.getObject(7, Long.class));
    }

    public Optional<Deadline> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM report_deadline d WHERE d.id = ?")
                .param(id)
                .query(Deadlines::map)
                .optional()
                .map(this::withUnits);
    }

    /** Open deadlines whose committee lies within {@code scope}. */
    public List<Deadline> openWithin(Scope scope) {
        return open("u.path LIKE ?", scope.likePattern());
    }

    /**
     * Open deadlines that concern {@code unit}'s subtree: set above it (by a committee it belongs to) or at it, whose
     * targets may lie in it, and set below it unless rolled down (those count as their parent's target's progress).
     * Callers count only the targets within the unit.
     */
    public List<Deadline> openConcerning(OrgUnit unit) {
        return open(
                "(? LIKE CONCAT(u.path, '%') OR u.path LIKE ? AND d.parent_id IS NULL)",
                unit.path(), unit.path() + "%");
    }

    /** Open deadlines rolled down from {@code parentId} (one per subordinate committee that did). */
    public List<Deadline> rolledDownFrom(long parentId) {
        return open("d.parent_id = ?", parentId);
    }

    /**
     * The deadlines {@code committee} may roll down to its own organisations on {@code today}: open, set above it,
     * asking it (not only cells below it), with a due date still to come, and not rolled down by it already.
     */
    public List<Deadline> rollableFor(OrgUnit committee, LocalDate today) {
        if (committee.isCell()) {
            return List.of();
        }
        return openConcerning(committee).stream()
                .filter(d -> d.committeeId() != committee.id())
                .filter(d -> d.nextDueFrom(today).isPresent())
                .filter(d -> targetsOf(d).stream().anyMatch(t -> t.id() == committee.id()))
                .filter(d -> rolledDownFrom(d.id()).stream().noneMatch(r -> r.committeeId() == committee.id()))
                .toList();
    }

    /** Open deadlines whose committee (u) matches {@code condition}, oldest first, with their listed targets. */
    private List<Deadline> open(String condition, Object... params) {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM report_deadline d JOIN org_unit u ON u.id = d.committee_id"
                        + " WHERE d.closed_at IS NULL AND " + condition + " ORDER BY d.id")
                .params(params)
                .query(Deadlines::map)
                .list()
                .stream()
                .map(this::withUnits)
                .toList();
    }

    private Deadline withUnits(Deadline d) {
        if (d.targets() != Deadline.Targets.CHOSEN) {
            return d;
        }
        List<Long> listed = jdbc.sql("SELECT unit_id FROM report_deadline_unit WHERE deadline_id = ? ORDER BY unit_id")
                .param(d.id())
                .query(Long.class)
                .list();
        return new Deadline(
                d.id(),
                d.committeeId(),
                d.title(),
                d.firstDueOn(),
                d.periodMonths(),
                d.targets(),
                listed,
                d.parentId());
    }

    /** The organisations a deadline asks now: its committee's direct subordinates, every cell under it, or those picked. */
    public List<OrgUnit> targetsOf(Deadline deadline) {
        OrgUnit committee = units.get(deadline.committeeId());
        return switch (deadline.targets()) {
            case DIRECT -> units.children(committee.id());
            case CELLS -> units.within(committee.path(), OrgKind.CELL);
            case CHOSEN ->
                deadline.unitIds().stream()
                        .map(units::find)
                        .flatMap(Optional::stream)
                        .filter(u -> u.isWithin(committee) && u.id() != committee.id())
                        .toList();
        };
    }

    /**
     * The deadline's targets within {@code unit}'s subtree, given its cells already read: a deadline for every cell
     * finds them among those by path, so that the tree is not read again; others read their few targets.
     */
    public List<OrgUnit> targetsWithin(Deadline deadline, OrgUnit unit, List<OrgUnit> cells) {
        if (deadline.targets() == Deadline.Targets.CELLS) {
            String committee = units.get(deadline.committeeId()).path();
            return cells.stream().filter(c -> c.path().startsWith(committee)).toList();
        }
        return targetsOf(deadline).stream().filter(t -> t.isWithin(unit)).toList();
    }

    /** Submissions for one due date, by organisation id. */
    public Map<Long, Submission> submissions(long deadlineId, LocalDate dueOn) {
        Map<Long, Submission> byCell = new HashMap<>();
        jdbc.sql(
                        "SELECT unit_id, due_on, submitted_at, file_name FROM report_submission WHERE deadline_id = ? AND due_on = ?")
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

    /** Records that the organisation submitted for that due date; a second call changes nothing. Returns whether it was new. */
    public boolean submit(long deadlineId, long unitId, LocalDate dueOn, Long by) {
        return submitAt(deadlineId, unitId, dueOn, clock.instant(), by);
    }

    /** As {@link #submit}, submitted at {@code at}: a submission recorded after the fact, or history loaded. */
    public boolean submitAt(long deadlineId, long unitId, LocalDate dueOn, java.time.Instant at, Long by) {
        return jdbc.sql(
                                "INSERT INTO report_submission (deadline_id, unit_id, due_on, submitted_at, submitted_by)"
                                        + " SELECT ?, ?, ?, ?, ? FROM (VALUES (0)) AS one(x) WHERE NOT EXISTS"
                                        + " (SELECT 1 FROM report_submission WHERE deadline_id = ? AND unit_id = ? AND due_on = ?)")
                        .params(
                                deadlineId,
                                unitId,
                                Date.valueOf(dueOn),
                                Timestamp.from(at),
                                by,
                                deadlineId,
                                unitId,
                                Date.valueOf(dueOn))
                        .update()
                == 1;
    }

    /** Keeps the report's file (a Telegram file id) with the submission. */
    public void attach(long deadlineId, long unitId, LocalDate dueOn, String fileId, String fileName) {
        jdbc.sql(
                        "UPDATE report_submission SET file_id = ?, file_name = ? WHERE deadline_id = ? AND unit_id = ? AND due_on = ?")
                .params(fileId, shortened(fileName), deadlineId, unitId, Date.valueOf(dueOn))
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

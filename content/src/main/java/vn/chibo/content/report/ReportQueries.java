package vn.chibo.content.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRules;
import vn.chibo.content.meeting.QualityScore;
import vn.chibo.content.org.MemberEvents;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.plan.Plans;
import vn.chibo.content.status.Overview;
import vn.chibo.content.status.Period;
import vn.chibo.content.status.StatusQueries;

/**
 * Counts a unit's report figures for a period from the stored records, each by one query over the unit's subtree
 * (its path prefix), and the same for each unit directly below it: the rows of the report's workbook.
 */
@Repository
public class ReportQueries {

    /** A report: the unit's figures, and one set per unit directly below it. */
    /** The unit's figures, each direct subordinate's, and the unit's annual plan of the year (null without one). */
    public record Report(ReportFigures total, List<ReportFigures> rows, Plans.Progress plan) {}

    private final MemberEvents events;
    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final StatusQueries status;
    private final MeetingRules rules;
    private final Deadlines deadlines;
    private final Plans plans;
    private final Clock clock;

    public ReportQueries(
            JdbcClient jdbc,
            OrgUnits units,
            StatusQueries status,
            MeetingRules rules,
            Deadlines deadlines,
            Plans plans,
            MemberEvents events,
            Clock clock) {
        this.plans = plans;
        this.events = events;
        this.jdbc = jdbc;
        this.units = units;
        this.status = status;
        this.rules = rules;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public Report report(OrgUnit unit, Period period) {
        Overview overview = status.meetingCounts(unit, period);
        LocalDate today = LocalDate.now(clock);
        Optional<Plans.Progress> plan = unit.isCell()
                ? Optional.empty()
                : plans.of(unit, period.year())
                        .map(p -> plans.progress(p, period.to().isBefore(today) ? period.to() : today));
        Read read = new Read(
                absenceMonths(period), unitPaths(unit), awards(period), dues(unit, period), plan, partyDues(period));
        ReportFigures total =
                figures(unit, period, new Counted(overview.cells(), overview.monthly(), overview.thematic()), read);
        List<ReportFigures> rows = new ArrayList<>();
        for (Overview.Child child : overview.children()) {
            rows.add(
                    figures(child.unit(), period, new Counted(child.cells(), child.monthly(), child.thematic()), read));
        }
        return new Report(total, rows, plan.orElse(null));
    }

    /** A unit's cells and meetings as the status overview counted them (the unit's own, or one of its children's). */
    private record Counted(int cells, Overview.Tally monthly, Overview.Tally thematic) {}

    /**
     * What one report reads once for all its rows, each row then counting its own part by path: absences per cell,
     * the paths of the units in the tree, the period's commendations, the report due dates already past with
     * their target cells and submissions, and party dues per cell. Reading these per row would join every row's subtree against the whole
     * table again.
     */
    private record Read(
            Map<Long, int[]> absenceMonths,
            Map<Long, String> paths,
            List<Award> awards,
            List<Due> dues,
            Optional<Plans.Progress> plan,
            Map<Long, int[]> partyDues) {}

    /** A due date of a deadline, passed: the cells it asks, and those that submitted (true when after the day). */
    private record Due(Set<Long> targets, Map<Long, Boolean> submittedLate) {}

    /** One commendation of the period: its unit, form, issuer, whether a person holds it, its Huy hiệu years. */
    private record Award(long unitId, AwardForm form, String issuer, boolean person, int badgeYears) {}

    private Map<Long, String> unitPaths(OrgUnit top) {
        Map<Long, String> paths = new java.util.HashMap<>();
        jdbc.sql("SELECT id, path FROM org_unit WHERE path LIKE ?")
                .param(top.path() + "%")
                .query(rs -> {
                    paths.put(rs.getLong(1), rs.getString(2));
                });
        return paths;
    }

    private List<Award> awards(Period period) {
        return jdbc.sql(
                        "SELECT unit_id, form, issuer, member_id, badge_years FROM commendation"
                                + " WHERE COALESCE(decision_date, CAST(recorded_at AS DATE)) BETWEEN ? AND ? ORDER BY issuer, form, id")
                .params(Date.valueOf(period.from()), Date.valueOf(period.to()))
                .query((rs, i) -> new Award(
                        rs.getLong(1),
                        AwardForm.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getObject(4) != null,
                        rs.getInt(5)))
                .list();
    }

    /**
     * The due dates in the period already past of the deadlines concerning {@code unit} (set within it or above it),
     * each with its target cells and who submitted when: read by deadline through the submissions' (deadline, due
     * date) index.
     */
    private List<Due> dues(OrgUnit unit, Period period) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = period.to().isBefore(today) ? period.to() : today.minusDays(1);
        ZoneId zone = clock.getZone();
        List<Due> dues = new ArrayList<>();
        List<OrgUnit> cells = unit.isCell() ? List.of(unit) : units.within(unit.path(), OrgKind.CELL);
        for (Deadline deadline : deadlines.openConcerning(unit)) {
            List<LocalDate> dates = deadline.dueDatesBetween(period.from(), last);
            if (dates.isEmpty()) {
                continue;
            }
            Set<Long> targets = deadlines.targetsWithin(deadline, unit, cells).stream()
                    .map(OrgUnit::id)
                    .collect(Collectors.toSet());
            if (targets.isEmpty()) {
                continue;
            }
            Map<LocalDate, Map<Long, Boolean>> byDate = new java.util.HashMap<>();
            dates.forEach(d -> byDate.put(d, new java.util.HashMap<>()));
            jdbc.sql(
                            "SELECT unit_id, due_on, submitted_at FROM report_submission WHERE deadline_id = ? AND due_on BETWEEN ? AND ?")
                    .params(deadline.id(), Date.valueOf(period.from()), Date.valueOf(last))
                    .query(rs -> {
                        LocalDate due = rs.getDate(2).toLocalDate();
                        Map<Long, Boolean> submitted = byDate.get(due);
                        if (submitted != null) {
                            LocalDate on =
                                    rs.getTimestamp(3).toInstant().atZone(zone).toLocalDate();
                            submitted.put(rs.getLong(1), on.isAfter(due));
                        }
                    });
            byDate.values().forEach(submitted -> dues.add(new Due(targets, submitted)));
        }
        return dues;
    }

    private boolean within(Read read, long unitId, OrgUnit unit) {
        String path = read.paths().get(unitId);
        return path != null && path.startsWith(unit.path());
    }

    private ReportFigures figures(OrgUnit unit, Period period, Counted counted, Read read) {
        String subtree = unit.path() + "%";
        List<OrgUnit> children = unit.isCell() ? List.of() : units.children(unit.id());
        int committeesBelow = (int) children.stream().filter(c -> !c.isCell()).count();
        int cellsBelow = children.size() - committeesBelow;

        int[] forums = new int[2];
        Map<QualityScore.Band, Integer> bands = new EnumMap<>(QualityScore.Band.class);
        for (QualityScore.Band band : QualityScore.Band.values()) {
            bands.put(band, 0);
        }
        jdbc.sql("SELECT m.kind, m.quality_score FROM meeting m JOIN org_unit u ON u.id = m.cell_id WHERE u.path LIKE ?"
                        + " AND m.deleted_at IS NULL AND m.held_on BETWEEN ? AND ?")
                .params(subtree, Date.valueOf(period.from()), Date.valueOf(period.to()))
                .query(rs -> {
                    MeetingKind kind = MeetingKind.valueOf(rs.getString(1));
                    if (kind == MeetingKind.FORUM) {
                        forums[0]++;
                    } else if (kind == MeetingKind.THEMATIC_FORUM) {
                        forums[1]++;
                    }
                    Integer score = rs.getObject(2, Integer.class);
                    if (kind.isMonthly() && score != null) {
                        bands.merge(QualityScore.Band.of(score), 1, Integer::sum);
                    }
                });

        Map<AwardForm, ReportFigures.Tally> byForm = new EnumMap<>(AwardForm.class);
        Map<String, int[]> byIssuer = new LinkedHashMap<>();
        TreeMap<Integer, Integer> badges = new TreeMap<>();
        for (Award award : read.awards()) {
            if (!within(read, award.unitId(), unit)) {
                continue;
            }
            AwardForm form = award.form();
            ReportFigures.Tally before = byForm.getOrDefault(form, new ReportFigures.Tally(0, 0));
            byForm.put(
                    form,
                    award.person()
                            ? new ReportFigures.Tally(before.collectives(), before.persons() + 1)
                            : new ReportFigures.Tally(before.collectives() + 1, before.persons()));
            int[] issuer = byIssuer.computeIfAbsent(award.issuer() + "\u0000" + form.name(), k -> new int[2]);
            issuer[award.person() ? 1 : 0]++;
            if (form == AwardForm.BADGE) {
                badges.merge(award.badgeYears(), 1, Integer::sum);
            }
        }
        List<ReportFigures.IssuerAwards> issuers = new ArrayList<>();
        byIssuer.forEach((key, counts) -> {
            String[] parts = key.split("\u0000");
            issuers.add(new ReportFigures.IssuerAwards(
                    parts[0], AwardForm.valueOf(parts[1]), new ReportFigures.Tally(counts[0], counts[1])));
        });

        Map<MemberStatus, Integer> members = new EnumMap<>(MemberStatus.class);
        for (MemberStatus s : MemberStatus.values()) {
            members.put(s, 0);
        }
        jdbc.sql("SELECT mb.status, COUNT(*) FROM member mb JOIN org_unit u ON u.id = mb.cell_id WHERE u.path LIKE ?"
                        + " AND mb.active GROUP BY mb.status")
                .param(subtree)
                .query(rs -> {
                    members.put(MemberStatus.valueOf(rs.getString(1)), rs.getInt(2));
                });

        Map<String, Integer> actions = new LinkedHashMap<>();
        ZoneId zone = clock.getZone();
        jdbc.sql("SELECT action, COUNT(*) FROM audit_entry WHERE unit_path LIKE ? AND at >= ? AND at < ?"
                        + " AND action IN ('member.added', 'member.transferred', 'member.removed') GROUP BY action")
                .params(
                        subtree,
                        Timestamp.from(period.from().atStartOfDay(zone).toInstant()),
                        Timestamp.from(
                                period.to().plusDays(1).atStartOfDay(zone).toInstant()))
                .query(rs -> {
                    actions.put(rs.getString(1), rs.getInt(2));
                });

        int warning = 0;
        int removal = 0;
        int duesPaid = 0;
        int duesRecorded = 0;
        List<OrgUnit> cellsUnder = unit.isCell() ? List.of(unit) : units.within(unit.path(), OrgKind.CELL);
        for (OrgUnit cell : cellsUnder) {
            int[] counts = read.absenceMonths().get(cell.id());
            if (counts != null) {
                warning += counts[0];
                removal += counts[1];
            }
            int[] dues = read.partyDues().get(cell.id());
            if (dues != null) {
                duesPaid += dues[0];
                duesRecorded += dues[1];
            }
        }

        return new ReportFigures(
                unit,
                period,
                committeesBelow,
                cellsBelow,
                counted.cells(),
                counted.monthly(),
                counted.thematic(),
                forums[0] + forums[1],
                forums[1],
                bands,
                submissions(unit, read),
                byForm,
                issuers,
                badges,
                members,
                new ReportFigures.Changes(
                        actions.getOrDefault("member.added", 0),
                        actions.getOrDefault("member.transferred", 0),
                        actions.getOrDefault("member.removed", 0),
                        events.countWithin(subtree, period.from(), period.to())),
                warning,
                removal,
                read.plan().map(p -> planning(p.within(unit))).orElse(null),
                new ReportFigures.PartyDues(duesPaid, duesRecorded));
    }

    /**
     * Per cell, its current members' dues in the period's months as recorded: member-months paid, and recorded. Read
     * once for the whole report.
     */
    private Map<Long, int[]> partyDues(Period period) {
        Map<Long, int[]> byCell = new java.util.HashMap<>();
        jdbc.sql("SELECT mb.cell_id, SUM(CASE WHEN d.paid THEN 1 ELSE 0 END), COUNT(*) FROM member_dues d"
                        + " JOIN member mb ON mb.id = d.member_id WHERE mb.active AND d.due_month BETWEEN ? AND ?"
                        + " GROUP BY mb.cell_id")
                .params(Date.valueOf(period.from().withDayOfMonth(1)), Date.valueOf(period.to()))
                .query(rs -> {
                    byCell.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        return byCell;
    }

    private static ReportFigures.Planning planning(Plans.Progress p) {
        return new ReportFigures.Planning(
                p.plan().year(), p.registered().size(), p.asked().size(), p.topicsHeld(), p.topicsDue());
    }

    /**
     * Per cell, how many members are at the warning line but below removal, and how many at the removal line or past
     * it, in the twelve months ending with the period: read once for the whole report.
     */
    private Map<Long, int[]> absenceMonths(Period period) {
        java.time.YearMonth last = java.time.YearMonth.from(period.to());
        java.time.YearMonth first = last.minusMonths(11);
        Map<Long, int[]> counts = new java.util.HashMap<>();
        // From the absence read model (member, month): the same months the meeting rules count, without attendance.
        jdbc.sql(
                        "SELECT mb.cell_id, COUNT(DISTINCT a.ym) FROM member_absence_month a JOIN member mb ON mb.id = a.member_id"
                                + " WHERE mb.active AND a.ym BETWEEN ? AND ? GROUP BY mb.cell_id, mb.id HAVING COUNT(DISTINCT a.ym) >= ?")
                .params(
                        first.getYear() * 100 + first.getMonthValue(),
                        last.getYear() * 100 + last.getMonthValue(),
                        rules.absenceWarnMonths())
                .query(rs -> {
                    int[] cell = counts.computeIfAbsent(rs.getLong(1), k -> new int[2]);
                    cell[rs.getInt(2) >= rules.absenceRemovalMonths() ? 1 : 0]++;
                });
        return counts;
    }

    /**
     * The due dates in the period already past, for the organisations asked within {@code unit} (cells or
     * committees, found by path): on time, late (after the due day), missing.
     */
    private ReportFigures.Submissions submissions(OrgUnit unit, Read read) {
        // The organisations within the row, found once; each due date then looks up only those.
        List<Long> inside = read.paths().entrySet().stream()
                .filter(e -> e.getValue().startsWith(unit.path()))
                .map(Map.Entry::getKey)
                .toList();
        int expected = 0;
        int onTime = 0;
        int late = 0;
        for (Due due : read.dues()) {
            for (long target : inside) {
                if (!due.targets().contains(target)) {
                    continue;
                }
                expected++;
                Boolean wasLate = due.submittedLate().get(target);
                if (wasLate != null) {
                    if (wasLate) {
                        late++;
                    } else {
                        onTime++;
                    }
                }
            }
        }
        return new ReportFigures.Submissions(expected, onTime, late, expected - onTime - late);
    }
}

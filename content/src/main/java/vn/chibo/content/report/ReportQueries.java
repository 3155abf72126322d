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
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.meeting.Absences;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRules;
import vn.chibo.content.meeting.QualityScore;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
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
    public record Report(ReportFigures total, List<ReportFigures> rows) {}

    private final JdbcClient jdbc;
    private final OrgUnits units;
    private final StatusQueries status;
    private final Absences absences;
    private final MeetingRules rules;
    private final Clock clock;

    public ReportQueries(
            JdbcClient jdbc, OrgUnits units, StatusQueries status, Absences absences, MeetingRules rules, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.status = status;
        this.absences = absences;
        this.rules = rules;
        this.clock = clock;
    }

    public Report report(OrgUnit unit, Period period) {
        Map<Long, int[]> absenceMonths = absenceMonths(period);
        ReportFigures total = figures(unit, period, absenceMonths);
        List<ReportFigures> rows = new ArrayList<>();
        if (!unit.isCell()) {
            for (OrgUnit child : units.children(unit.id())) {
                rows.add(figures(child, period, absenceMonths));
            }
        }
        return new Report(total, rows);
    }

    private ReportFigures figures(OrgUnit unit, Period period, Map<Long, int[]> absenceMonths) {
        Overview overview = status.overview(unit, period);
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
                        bands.merge(band(score), 1, Integer::sum);
                    }
                });

        Map<AwardForm, ReportFigures.Tally> byForm = new EnumMap<>(AwardForm.class);
        Map<String, int[]> byIssuer = new LinkedHashMap<>();
        TreeMap<Integer, Integer> badges = new TreeMap<>();
        jdbc.sql(
                        "SELECT c.form, c.issuer, c.member_id, c.badge_years FROM commendation c JOIN org_unit u ON u.id = c.unit_id"
                                + " WHERE u.path LIKE ? AND COALESCE(c.decision_date, CAST(c.recorded_at AS DATE)) BETWEEN ? AND ?"
                                + " ORDER BY c.issuer, c.form")
                .params(subtree, Date.valueOf(period.from()), Date.valueOf(period.to()))
                .query(rs -> {
                    AwardForm form = AwardForm.valueOf(rs.getString(1));
                    boolean person = rs.getObject(3) != null;
                    ReportFigures.Tally before = byForm.getOrDefault(form, new ReportFigures.Tally(0, 0));
                    byForm.put(
                            form,
                            person
                                    ? new ReportFigures.Tally(before.collectives(), before.persons() + 1)
                                    : new ReportFigures.Tally(before.collectives() + 1, before.persons()));
                    int[] issuer = byIssuer.computeIfAbsent(rs.getString(2) + "\u0000" + form.name(), k -> new int[2]);
                    issuer[person ? 1 : 0]++;
                    if (form == AwardForm.BADGE) {
                        badges.merge(rs.getInt(4), 1, Integer::sum);
                    }
                });
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
        for (OrgUnit cell : units.within(unit.path(), OrgKind.CELL)) {
            int[] counts = absenceMonths.get(cell.id());
            if (counts != null) {
                warning += counts[0];
                removal += counts[1];
            }
        }

        return new ReportFigures(
                unit,
                period,
                committeesBelow,
                cellsBelow,
                overview.cells(),
                overview.monthly(),
                overview.thematic(),
                forums[0] + forums[1],
                forums[1],
                bands,
                submissions(unit, overview, period),
                byForm,
                issuers,
                badges,
                members,
                new ReportFigures.Changes(
                        actions.getOrDefault("member.added", 0),
                        actions.getOrDefault("member.transferred", 0),
                        actions.getOrDefault("member.removed", 0)),
                warning,
                removal);
    }

    /**
     * Per cell, how many members are at the warning line but below removal, and how many at the removal line or past
     * it, in the twelve months ending with the period: read once for the whole report.
     */
    private Map<Long, int[]> absenceMonths(Period period) {
        LocalDate since = period.to().withDayOfMonth(1).minusMonths(11);
        Map<Long, int[]> counts = new java.util.HashMap<>();
        absences.membersWithUnexcusedMonths(since, rules.absenceWarnMonths()).forEach((cell, absentees) -> {
            int removal = (int) absentees.stream()
                    .filter(a -> a.months() >= rules.absenceRemovalMonths())
                    .count();
            counts.put(cell, new int[] {absentees.size() - removal, removal});
        });
        return counts;
    }

    /** Due dates in the period already past: on time, late (submitted after the due day), and missing. */
    private ReportFigures.Submissions submissions(OrgUnit unit, Overview overview, Period period) {
        LocalDate today = LocalDate.now(clock);
        int expected = 0;
        int submitted = 0;
        for (Overview.DeadlineStatus d : overview.deadlines()) {
            if (d.dueOn().isBefore(today)) {
                expected += d.total();
                submitted += d.submitted();
            }
        }
        ZoneId zone = clock.getZone();
        int[] late = new int[1];
        List<Long> deadlineIds = overview.deadlines().stream()
                .map(Overview.DeadlineStatus::deadlineId)
                .distinct()
                .toList();
        if (deadlineIds.isEmpty()) {
            return new ReportFigures.Submissions(0, 0, 0, 0);
        }
        String in = String.join(", ", java.util.Collections.nCopies(deadlineIds.size(), "?"));
        List<Object> params = new ArrayList<>(deadlineIds);
        params.addAll(List.of(
                unit.path() + "%", Date.valueOf(period.from()), Date.valueOf(period.to()), Date.valueOf(today)));
        jdbc.sql("SELECT s.due_on, s.submitted_at FROM report_submission s JOIN org_unit u ON u.id = s.cell_id"
                        + " WHERE s.deadline_id IN (" + in
                        + ") AND u.path LIKE ? AND s.due_on BETWEEN ? AND ? AND s.due_on < ?")
                .params(params)
                .query(rs -> {
                    LocalDate due = rs.getDate(1).toLocalDate();
                    LocalDate on = rs.getTimestamp(2).toInstant().atZone(zone).toLocalDate();
                    if (on.isAfter(due)) {
                        late[0]++;
                    }
                });
        int lateCount = Math.min(late[0], submitted);
        return new ReportFigures.Submissions(expected, submitted - lateCount, lateCount, expected - submitted);
    }

    private static QualityScore.Band band(int score) {
        return score >= 90
                ? QualityScore.Band.TOT
                : score >= 70
                        ? QualityScore.Band.KHA
                        : score >= 50 ? QualityScore.Band.TRUNG_BINH : QualityScore.Band.KEM;
    }
}

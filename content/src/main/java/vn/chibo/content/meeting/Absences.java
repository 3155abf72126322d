package vn.chibo.content.meeting;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Absences without reason, as the rules read them: the read model {@code member_absence_month} (member, month) and each
 * member's two latest such months, kept in the transaction of every change to a meeting, so "absent in 2 of the last
 * 12 months" is one indexed range instead of a scan of every attendance row.
 */
@Repository
public class Absences {

    private final JdbcClient jdbc;

    public Absences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets a member's two latest unexcused months from member_absence_month (each read from the months themselves). */
    private static final String LATEST_TWO =
            "unexcused_latest = (SELECT MAX(a.ym) FROM member_absence_month a WHERE a.member_id = member.id),"
                    + " unexcused_previous = (SELECT MAX(a.ym) FROM member_absence_month a WHERE a.member_id = member.id AND a.ym <"
                    + " (SELECT MAX(b.ym) FROM member_absence_month b WHERE b.member_id = member.id))";

    /** Rewrites the absence read model (member_absence_month) for one cell and month from the meetings themselves. */
    void refresh(long cellId, YearMonth month) {
        int ym = month.getYear() * 100 + month.getMonthValue();
        jdbc.sql("DELETE FROM member_absence_month WHERE cell_id = ? AND ym = ?")
                .params(cellId, ym)
                .update();
        jdbc.sql(
                        "INSERT INTO member_absence_month (member_id, ym, cell_id) SELECT DISTINCT a.member_id, ?, m.cell_id"
                                + " FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id JOIN member mb ON mb.id = a.member_id"
                                + " WHERE m.cell_id = ? AND m.deleted_at IS NULL AND mb.active AND a.presence = 'ABSENT_UNEXCUSED' AND m.held_on BETWEEN ? AND ?")
                .params(ym, cellId, Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth()))
                .update();
        String whoAttended =
                "SELECT a.member_id FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id WHERE m.cell_id = ? AND m.held_on BETWEEN ? AND ?";
        jdbc.sql("UPDATE member SET " + LATEST_TWO + " WHERE id IN (" + whoAttended + ")")
                .params(cellId, Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth()))
                .update();
    }

    /** Rebuilds the whole absence read model; for data loaded around the repository (a migration, a benchmark). */
    @Transactional
    public void rebuild() {
        jdbc.sql("DELETE FROM member_absence_month").update();
        jdbc.sql("INSERT INTO member_absence_month (member_id, ym, cell_id) SELECT DISTINCT a.member_id,"
                        + " EXTRACT(YEAR FROM m.held_on) * 100 + EXTRACT(MONTH FROM m.held_on), m.cell_id FROM meeting_attendance a"
                        + " JOIN meeting m ON m.id = a.meeting_id JOIN member mb ON mb.id = a.member_id"
                        + " WHERE a.presence = 'ABSENT_UNEXCUSED' AND m.deleted_at IS NULL AND mb.active")
                .update();
        jdbc.sql("UPDATE member SET " + LATEST_TWO).update();
    }

    /** An active member and in how many different months they were absent without reason. */
    public record Absentee(String name, int months) {}

    /**
     * Active members, per cell, absent without reason in at least {@code atLeast} different months since {@code since},
     * with how many: at two, one more absence brings a member to the removal threshold; at three, they have reached it.
     */
    public Map<Long, List<Absentee>> membersWithUnexcusedMonths(LocalDate since, int atLeast) {
        // From the read model, one row per member and month: counting rows counts different months, without going
        // through every attendance row of the year.
        Map<Long, List<Absentee>> byCell = new HashMap<>();
        jdbc.sql("SELECT mb.cell_id, mb.full_name, COUNT(*) AS months FROM member_absence_month a"
                        + " JOIN member mb ON mb.id = a.member_id WHERE mb.active AND a.ym >= ?"
                        + " GROUP BY mb.cell_id, mb.id, mb.full_name HAVING COUNT(*) >= ? ORDER BY mb.full_name")
                .params(since.getYear() * 100 + since.getMonthValue(), atLeast)
                .query(rs -> {
                    byCell.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(new Absentee(rs.getString(2), rs.getInt(3)));
                });
        return byCell;
    }

    /** For each member of the cell: the months, from {@code since}, with an unexcused absence. */
    public Map<Long, Set<YearMonth>> unexcusedAbsenceMonths(long cellId, LocalDate since) {
        Map<Long, Set<YearMonth>> months = new HashMap<>();
        jdbc.sql(
                        "SELECT a.member_id, m.held_on FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id"
                                + " WHERE m.cell_id = ? AND m.deleted_at IS NULL AND a.presence = 'ABSENT_UNEXCUSED' AND m.held_on >= ?")
                .params(cellId, Date.valueOf(since))
                .query(rs -> {
                    months.computeIfAbsent(rs.getLong(1), id -> new TreeSet<>())
                            .add(YearMonth.from(rs.getDate(2).toLocalDate()));
                });
        return months;
    }

    /** How often one member was present, excused and not excused at the meetings held from {@code since} on. */
    public Map<Presence, Integer> tallyOf(long memberId, LocalDate since) {
        Map<Presence, Integer> tally = new java.util.EnumMap<>(Presence.class);
        jdbc.sql("SELECT a.presence, COUNT(*) FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id"
                        + " WHERE a.member_id = ? AND m.deleted_at IS NULL AND m.held_on >= ? GROUP BY a.presence")
                .params(memberId, Date.valueOf(since))
                .query(rs -> {
                    tally.put(Presence.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return tally;
    }
}

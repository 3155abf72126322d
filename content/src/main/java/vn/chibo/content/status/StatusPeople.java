package vn.chibo.content.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chibo.content.org.OrgUnit;

/** The people behind a subtree's status: its members flagged for absences, its cells' secretaries. */
@Repository
class StatusPeople {

    private final JdbcClient jdbc;

    StatusPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Members of {@code cells} absent without reason in at least 2 different months of the 12 up to the period's
     * end. For a period that runs to today, each member's two latest such months (kept on the member row) answer
     * it; for a past period the months themselves (member_absence_month) are counted.
     */
    int flaggedMembers(OrgUnit unit, List<OrgUnit> cells, boolean wide, Period period, LocalDate today) {
        YearMonth end = YearMonth.from(period.to().isAfter(today) ? today : period.to());
        int start = end.minusMonths(11).getYear() * 100 + end.minusMonths(11).getMonthValue();
        if (!end.equals(YearMonth.from(today))) {
            return jdbc.sql(
                            "SELECT COUNT(*) FROM (SELECT a.member_id FROM org_unit u JOIN member_absence_month a ON a.cell_id = u.id"
                                    + " WHERE u.path LIKE ? AND u.kind = 'CELL' AND a.ym BETWEEN ? AND ? GROUP BY a.member_id HAVING COUNT(*) >= 2) f")
                    .params(unit.path() + "%", start, end.getYear() * 100 + end.getMonthValue())
                    .query(Integer.class)
                    .single();
        }
        if (wide) {
            // The organisation's flagged members by ix_member_unexcused_previous, kept if in the subtree.
            UnitIndex ids = UnitIndex.of(cells);
            int[] count = {0};
            jdbc.sql("SELECT cell_id FROM member WHERE unexcused_previous >= ? AND active")
                    .param(start)
                    .query(rs -> {
                        if (ids.contains(rs.getLong(1))) {
                            count[0]++;
                        }
                    });
            return count[0];
        }
        return jdbc.sql(
                        "SELECT COUNT(*) FROM org_unit u JOIN member mb ON mb.cell_id = u.id WHERE u.path LIKE ? AND u.kind = 'CELL'"
                                + " AND mb.unexcused_previous >= ? AND mb.active")
                .params(unit.path() + "%", start)
                .query(Integer.class)
                .single();
    }

    Map<Long, String> secretaries(OrgUnit unit) {
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

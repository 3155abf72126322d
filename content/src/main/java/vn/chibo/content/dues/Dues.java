package vn.chibo.content.dues;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The dues members paid, month by month. */
@Repository
public class Dues {

    /** A member behind on dues: their name and how many months they have not paid. */
    public record Behind(String name, int months) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    public Dues(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a month for the cell's current members: each paid by {@code channel}, except {@code unpaid}. Entering the
     * month again replaces what was recorded for it.
     */
    @Transactional
    public void record(long cellId, YearMonth month, Set<Long> unpaid, Channel channel, Long recordedBy) {
        Date first = Date.valueOf(month.atDay(1));
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> memberIds = jdbc.sql("SELECT id FROM member WHERE cell_id = ? AND active ORDER BY id")
                .param(cellId)
                .query(Long.class)
                .list();
        jdbc.sql(
                        "DELETE FROM member_dues WHERE due_month = ? AND member_id IN (SELECT id FROM member WHERE cell_id = ? AND active)")
                .params(first, cellId)
                .update();
        for (long memberId : memberIds) {
            boolean paid = !unpaid.contains(memberId);
            jdbc.sql("INSERT INTO member_dues (member_id, due_month, paid, channel, amount, recorded_at, recorded_by)"
                            + " VALUES (?, ?, ?, ?, NULL, ?, ?)")
                    .params(memberId, first, paid, paid ? channel.name() : null, now, recordedBy)
                    .update();
        }
    }

    /**
     * Records one member's month as a dues book has it: paid or not, with the amount when given; the way they paid
     * is not known (null). Replaces what was recorded for that member and month.
     */
    public void put(long memberId, YearMonth month, boolean paid, Long amount, Long recordedBy) {
        Date first = Date.valueOf(month.atDay(1));
        jdbc.sql("DELETE FROM member_dues WHERE member_id = ? AND due_month = ?")
                .params(memberId, first)
                .update();
        jdbc.sql("INSERT INTO member_dues (member_id, due_month, paid, channel, amount, recorded_at, recorded_by)"
                        + " VALUES (?, ?, ?, NULL, ?, ?, ?)")
                .params(memberId, first, paid, paid ? amount : null, Timestamp.from(clock.instant()), recordedBy)
                .update();
    }

    /** Members of the cell recorded as not having paid for {@code month} (ids). */
    public Set<Long> unpaidIn(long cellId, YearMonth month) {
        return Set.copyOf(jdbc.sql("SELECT d.member_id FROM member_dues d JOIN member m ON m.id = d.member_id"
                        + " WHERE m.cell_id = ? AND m.active AND d.due_month = ? AND NOT d.paid")
                .params(cellId, Date.valueOf(month.atDay(1)))
                .query(Long.class)
                .list());
    }

    /** The cell's month as recorded, among its current members. */
    public MonthOfDues month(long cellId, YearMonth month) {
        int[] counts = new int[2];
        List<String> unpaid = new ArrayList<>();
        jdbc.sql("SELECT m.full_name, d.paid FROM member_dues d JOIN member m ON m.id = d.member_id"
                        + " WHERE m.cell_id = ? AND m.active AND d.due_month = ? ORDER BY m.full_name, m.id")
                .params(cellId, Date.valueOf(month.atDay(1)))
                .query(rs -> {
                    counts[1]++;
                    if (rs.getBoolean(2)) {
                        counts[0]++;
                    } else {
                        unpaid.add(rs.getString(1));
                    }
                });
        return new MonthOfDues(month, counts[0], counts[1], unpaid);
    }

    /** The latest month up to {@code latest} the cell entered, if any. */
    public Optional<YearMonth> lastEntered(long cellId, YearMonth latest) {
        return jdbc.sql("SELECT MAX(d.due_month) FROM member_dues d JOIN member m ON m.id = d.member_id"
                        + " WHERE m.cell_id = ? AND d.due_month <= ?")
                .params(cellId, Date.valueOf(latest.atDay(1)))
                .query((rs, i) -> rs.getDate(1))
                .optional()
                .filter(java.util.Objects::nonNull)
                .map(d -> YearMonth.from(d.toLocalDate()));
    }

    /** How many months from {@code since} one member is recorded as not having paid. */
    public int unpaidMonthsOf(long memberId, LocalDate since) {
        return jdbc.sql("SELECT COUNT(*) FROM member_dues WHERE member_id = ? AND NOT paid AND due_month >= ?")
                .params(memberId, Date.valueOf(since.withDayOfMonth(1)))
                .query(Integer.class)
                .single();
    }

    /**
     * For each cell, its current members recorded as not having paid in at least {@code atLeast} months from
     * {@code since}, by name, with how many months.
     */
    public Map<Long, List<Behind>> membersWithUnpaidMonths(LocalDate since, int atLeast) {
        Map<Long, List<Behind>> byCell = new HashMap<>();
        jdbc.sql("SELECT m.cell_id, m.full_name, COUNT(*) FROM member_dues d JOIN member m ON m.id = d.member_id"
                        + " WHERE m.active AND NOT d.paid AND d.due_month >= ?"
                        + " GROUP BY m.cell_id, m.id, m.full_name HAVING COUNT(*) >= ? ORDER BY m.full_name")
                .params(Date.valueOf(since.withDayOfMonth(1)), atLeast)
                .query(rs -> {
                    byCell.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Behind(rs.getString(2), rs.getInt(3)));
                });
        return byCell;
    }
}

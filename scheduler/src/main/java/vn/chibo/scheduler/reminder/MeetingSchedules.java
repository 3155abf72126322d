package vn.chibo.scheduler.reminder;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cells' meeting rules and one-off planned meetings. */
@Repository
public class MeetingSchedules {

    /** A cell's rule and the meeting's start time. */
    public record Schedule(long cellId, MeetingRule rule, LocalTime startsAt) {

        /** The first meeting by the rule after {@code now}: this month's, or next month's once it has begun. */
        public java.time.LocalDateTime nextAfter(java.time.LocalDateTime now) {
            java.time.YearMonth month = java.time.YearMonth.from(now);
            java.time.LocalDateTime next = rule.dateIn(month).atTime(startsAt);
            return next.isAfter(now) ? next : rule.dateIn(month.plusMonths(1)).atTime(startsAt);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public MeetingSchedules(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Schedule> of(long cellId) {
        return jdbc.sql(
                        "SELECT cell_id, day_of_month, week_of_month, day_of_week, starts_at FROM meeting_schedule WHERE cell_id = ?")
                .param(cellId)
                .query((rs, i) -> map(rs))
                .optional();
    }

    public Map<Long, Schedule> all() {
        Map<Long, Schedule> byCell = new HashMap<>();
        jdbc.sql("SELECT cell_id, day_of_month, week_of_month, day_of_week, starts_at FROM meeting_schedule")
                .query(rs -> {
                    Schedule s = map(rs);
                    byCell.put(s.cellId(), s);
                });
        return byCell;
    }

    /** Sets (or replaces) the cell's rule. */
    public void set(long cellId, MeetingRule rule, LocalTime startsAt, Long by) {
        jdbc.sql("DELETE FROM meeting_schedule WHERE cell_id = ?").param(cellId).update();
        jdbc.sql(
                        "INSERT INTO meeting_schedule (cell_id, day_of_month, week_of_month, day_of_week, starts_at, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        cellId,
                        rule.dayOfMonth(),
                        rule.weekOfMonth(),
                        rule.dayOfWeek() == null ? null : rule.dayOfWeek().getValue(),
                        Time.valueOf(startsAt),
                        by,
                        Timestamp.from(clock.instant()))
                .update();
    }

    public boolean clear(long cellId) {
        return jdbc.sql("DELETE FROM meeting_schedule WHERE cell_id = ?")
                        .param(cellId)
                        .update()
                > 0;
    }

    /** Announces a one-off meeting; announcing the same one again changes nothing. */
    public void plan(long cellId, LocalDateTime start, Long by) {
        jdbc.sql(
                        "INSERT INTO meeting_plan (cell_id, held_on, starts_at, set_by, set_at) SELECT ?, ?, ?, ?, ? FROM (VALUES (0)) AS one(x)"
                                + " WHERE NOT EXISTS (SELECT 1 FROM meeting_plan WHERE cell_id = ? AND held_on = ? AND starts_at = ?)")
                .params(
                        cellId,
                        Date.valueOf(start.toLocalDate()),
                        Time.valueOf(start.toLocalTime()),
                        by,
                        Timestamp.from(clock.instant()),
                        cellId,
                        Date.valueOf(start.toLocalDate()),
                        Time.valueOf(start.toLocalTime()))
                .update();
    }

    /** Planned meetings from {@code from} on, per cell, earliest first. */
    public Map<Long, List<LocalDateTime>> plannedFrom(LocalDate from) {
        Map<Long, List<LocalDateTime>> byCell = new HashMap<>();
        jdbc.sql("SELECT cell_id, held_on, starts_at FROM meeting_plan WHERE held_on >= ? ORDER BY held_on, starts_at")
                .param(Date.valueOf(from))
                .query(rs -> {
                    byCell.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(rs.getDate(2)
                                    .toLocalDate()
                                    .atTime(rs.getTime(3).toLocalTime()));
                });
        return byCell;
    }

    private static Schedule map(java.sql.ResultSet rs) throws java.sql.SQLException {
        int day = rs.getInt("day_of_month");
        boolean byDay = !rs.wasNull();
        int week = rs.getInt("week_of_month");
        int weekday = rs.getInt("day_of_week");
        MeetingRule rule = byDay ? MeetingRule.day(day) : MeetingRule.weekday(week, DayOfWeek.of(weekday));
        return new Schedule(rs.getLong("cell_id"), rule, rs.getTime("starts_at").toLocalTime());
    }
}

package vn.chibo.content.meeting;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Meetings as recorded: saved whole in one transaction, read back by cell and month. */
@Repository
public class Meetings {

    private final JdbcClient jdbc;
    private final Clock clock;

    public Meetings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Saves the meeting with its attendance, photos and documents; returns its id. */
    @Transactional
    public long record(MeetingRecord m, QualityScore.Outcome quality, Long recordedBy) {
        var keys = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("INSERT INTO meeting (cell_id, kind, held_on, starts_at, ends_at, place, topic, chair_member_id, minute_taker_id,"
                        + " presenter_id, guests, results, decisions, next_tasks, conclusion, votes_agree, votes_disagree, votes_abstain,"
                        + " quality_score, recorded_by, recorded_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(m.cellId(), m.kind().name(), Date.valueOf(m.heldOn()), Time.valueOf(m.startsAt()), Time.valueOf(m.endsAt()),
                        m.place(), m.topic(), m.chairId(), m.minuteTakerId(), m.presenterId(), m.guests(), m.results(), m.decisions(),
                        m.nextTasks(), m.conclusion(), m.votes().agree(), m.votes().disagree(), m.votes().abstain(),
                        quality == null ? null : quality.total(), recordedBy, now, now)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        for (Attendance a : m.attendance()) {
            jdbc.sql("INSERT INTO meeting_attendance (meeting_id, member_id, member_name, member_status, presence) VALUES (?, ?, ?, ?, ?)")
                    .params(id, a.memberId(), a.name(), a.status().name(), a.presence().name())
                    .update();
        }
        for (int i = 0; i < m.photoFileIds().size(); i++) {
            jdbc.sql("INSERT INTO meeting_photo (meeting_id, position, file_id) VALUES (?, ?, ?)").params(id, i, m.photoFileIds().get(i)).update();
        }
        for (String reference : Set.copyOf(m.documents())) {
            jdbc.sql("INSERT INTO meeting_document (meeting_id, reference) VALUES (?, ?)").params(id, reference).update();
        }
        return id;
    }

    /** How many meetings that count as the month's regular meeting the cell already has in {@code month}. */
    public int monthlyMeetingsIn(long cellId, YearMonth month) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting WHERE cell_id = ? AND deleted_at IS NULL AND kind IN ('MONTHLY', 'COMBINED')"
                        + " AND held_on BETWEEN ? AND ?")
                .params(cellId, Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth()))
                .query(Integer.class)
                .single();
    }

    /** For each member of the cell: the months, from {@code since}, with an unexcused absence. */
    public Map<Long, Set<YearMonth>> unexcusedAbsenceMonths(long cellId, LocalDate since) {
        Map<Long, Set<YearMonth>> months = new HashMap<>();
        jdbc.sql("SELECT a.member_id, m.held_on FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id"
                        + " WHERE m.cell_id = ? AND m.deleted_at IS NULL AND a.presence = 'ABSENT_UNEXCUSED' AND m.held_on >= ?")
                .params(cellId, Date.valueOf(since))
                .query(rs -> {
                    months.computeIfAbsent(rs.getLong(1), id -> new TreeSet<>()).add(YearMonth.from(rs.getDate(2).toLocalDate()));
                });
        return months;
    }

    /** The place of the cell's latest meeting, to offer again. */
    public java.util.Optional<String> lastPlace(long cellId) {
        return jdbc.sql("SELECT place FROM meeting WHERE cell_id = ? AND deleted_at IS NULL ORDER BY held_on DESC, id DESC LIMIT 1")
                .param(cellId)
                .query(String.class)
                .optional();
    }

    /** This year's thematic topics used by cells inside {@code pathPrefix} (the cell's committee), newest first. */
    public List<String> themesUsed(String pathPrefix, int year) {
        return jdbc.sql("SELECT m.topic FROM meeting m JOIN org_unit u ON u.id = m.cell_id WHERE u.path LIKE ? AND m.deleted_at IS NULL"
                        + " AND m.topic IS NOT NULL AND m.kind IN ('THEMATIC', 'COMBINED') AND m.held_on BETWEEN ? AND ?"
                        + " GROUP BY m.topic ORDER BY MAX(m.held_on) DESC LIMIT 6")
                .params(pathPrefix + "%", Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)))
                .query(String.class)
                .list();
    }
}

package vn.chibo.content.meeting;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Meetings as recorded: saved whole in one transaction, read back by cell and month. */
@Repository
public class Meetings {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Absences absences;

    public Meetings(JdbcClient jdbc, Clock clock, Absences absences) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.absences = absences;
    }

    /** Saves the meeting with its attendance, photos and documents; returns its id. */
    @Transactional
    public long record(MeetingRecord m, QualityScore.Outcome quality, Long recordedBy) {
        var keys = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql(
                        "INSERT INTO meeting (cell_id, kind, held_on, starts_at, ends_at, place, topic, chair_member_id, minute_taker_id,"
                                + " presenter_id, guests, results, decisions, next_tasks, conclusion, votes_agree, votes_disagree, votes_abstain,"
                                + " quality_score, news, study, review, opinions, guidance, other_business, vote_held, minutes_agree,"
                                + " resolution_number, self_checks, recorded_by, recorded_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(concat(new Object[] {m.cellId()}, content(m, quality), new Object[] {recordedBy, now, now}))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        writeDetails(id, m);
        absences.refresh(m.cellId(), YearMonth.from(m.heldOn()));
        return id;
    }

    /** The meeting's own columns, from kind to the self-checks, in the order both the INSERT and the UPDATE name them. */
    private static Object[] content(MeetingRecord m, QualityScore.Outcome quality) {
        return new Object[] {
            m.kind().name(),
            Date.valueOf(m.heldOn()),
            Time.valueOf(m.startsAt()),
            Time.valueOf(m.endsAt()),
            m.place(),
            m.topic(),
            m.chairId(),
            m.minuteTakerId(),
            m.presenterId(),
            m.guests(),
            m.results(),
            m.decisions(),
            m.nextTasks(),
            m.conclusion(),
            m.votes().agree(),
            m.votes().disagree(),
            m.votes().abstain(),
            quality == null ? null : quality.total(),
            m.proceedings().news(),
            m.proceedings().study(),
            Proceedings.reviewText(m.proceedings().review()),
            Proceedings.opinionsText(m.proceedings().opinions()),
            m.proceedings().guidance(),
            m.proceedings().otherBusiness(),
            m.proceedings().voteHeld(),
            m.proceedings().minutesAgree(),
            m.proceedings().resolutionNumber(),
            Proceedings.checksText(m.proceedings().selfChecks())
        };
    }

    private static Object[] concat(Object[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray();
    }

    private void writeDetails(long id, MeetingRecord m) {
        for (Attendance a : m.attendance()) {
            jdbc.sql(
                            "INSERT INTO meeting_attendance (meeting_id, member_id, member_name, member_status, presence, reason)"
                                    + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            a.memberId(),
                            a.name(),
                            a.status().name(),
                            a.presence().name(),
                            a.present() ? null : a.reason())
                    .update();
        }
        for (int i = 0; i < m.photoFileIds().size(); i++) {
            jdbc.sql("INSERT INTO meeting_photo (meeting_id, position, file_id) VALUES (?, ?, ?)")
                    .params(id, i, m.photoFileIds().get(i))
                    .update();
        }
        for (String reference : Set.copyOf(m.documents())) {
            jdbc.sql("INSERT INTO meeting_document (meeting_id, reference) VALUES (?, ?)")
                    .params(id, reference)
                    .update();
        }
    }

    /** Replaces a meeting's content (an edit); attendance, photos and documents are rewritten in the same transaction. */
    @Transactional
    public void replace(long id, MeetingRecord m, QualityScore.Outcome quality) {
        java.util.Optional<LocalDate> before = jdbc.sql("SELECT held_on FROM meeting WHERE id = ?")
                .param(id)
                .query(LocalDate.class)
                .optional();
        jdbc.sql(
                        "UPDATE meeting SET kind = ?, held_on = ?, starts_at = ?, ends_at = ?, place = ?, topic = ?, chair_member_id = ?,"
                                + " minute_taker_id = ?, presenter_id = ?, guests = ?, results = ?, decisions = ?, next_tasks = ?, conclusion = ?,"
                                + " votes_agree = ?, votes_disagree = ?, votes_abstain = ?, quality_score = ?, news = ?, study = ?, review = ?,"
                                + " opinions = ?, guidance = ?, other_business = ?, vote_held = ?, minutes_agree = ?, resolution_number = ?,"
                                + " self_checks = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL")
                .params(concat(content(m, quality), new Object[] {Timestamp.from(clock.instant()), id}))
                .update();
        jdbc.sql("DELETE FROM meeting_attendance WHERE meeting_id = ?")
                .param(id)
                .update();
        jdbc.sql("DELETE FROM meeting_photo WHERE meeting_id = ?").param(id).update();
        jdbc.sql("DELETE FROM meeting_document WHERE meeting_id = ?").param(id).update();
        writeDetails(id, m);
        before.ifPresent(day -> absences.refresh(m.cellId(), YearMonth.from(day)));
        absences.refresh(m.cellId(), YearMonth.from(m.heldOn()));
    }

    /** Marks a meeting deleted; the row stays for the audit trail. */
    @Transactional
    public void delete(long id) {
        jdbc.sql("UPDATE meeting SET deleted_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), id)
                .update();
        jdbc.sql("SELECT cell_id, held_on FROM meeting WHERE id = ?")
                .param(id)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getDate(2).toLocalDate()})
                .optional()
                .ifPresent(row -> absences.refresh((Long) row[0], YearMonth.from((LocalDate) row[1])));
    }

    public java.util.Optional<StoredMeeting> find(long id) {
        return jdbc.sql("SELECT * FROM meeting WHERE id = ? AND deleted_at IS NULL")
                .param(id)
                .query((rs, i) -> {
                    long meetingId = rs.getLong("id");
                    var record = new MeetingRecord(
                            rs.getLong("cell_id"),
                            MeetingKind.valueOf(rs.getString("kind")),
                            rs.getDate("held_on").toLocalDate(),
                            rs.getTime("starts_at").toLocalTime(),
                            rs.getTime("ends_at").toLocalTime(),
                            rs.getString("place"),
                            rs.getString("topic"),
                            List.of(),
                            List.of(),
                            rs.getString("guests"),
                            rs.getObject("chair_member_id", Long.class),
                            rs.getObject("minute_taker_id", Long.class),
                            rs.getObject("presenter_id", Long.class),
                            rs.getString("results"),
                            rs.getString("decisions"),
                            rs.getString("next_tasks"),
                            rs.getString("conclusion"),
                            new Votes(
                                    rs.getInt("votes_agree"), rs.getInt("votes_disagree"), rs.getInt("votes_abstain")),
                            List.of(),
                            new Proceedings(
                                    rs.getString("news"),
                                    rs.getString("study"),
                                    Proceedings.review(rs.getString("review")),
                                    Proceedings.opinions(rs.getString("opinions")),
                                    rs.getString("guidance"),
                                    rs.getString("other_business"),
                                    rs.getBoolean("vote_held"),
                                    rs.getObject("minutes_agree", Integer.class),
                                    rs.getString("resolution_number"),
                                    Proceedings.checks(rs.getString("self_checks"))));
                    return new StoredMeeting(
                            meetingId,
                            record,
                            rs.getObject("quality_score", Integer.class),
                            rs.getTimestamp("recorded_at").toInstant());
                })
                .optional()
                .map(this::withDetails);
    }

    /** The cell's latest meetings, newest first. */
    /** The cell's meetings held between {@code from} and {@code to}, earliest first. */
    public List<StoredMeeting> between(long cellId, LocalDate from, LocalDate to) {
        return jdbc
                .sql(
                        "SELECT id FROM meeting WHERE cell_id = ? AND deleted_at IS NULL AND held_on BETWEEN ? AND ? ORDER BY held_on, id")
                .params(cellId, Date.valueOf(from), Date.valueOf(to))
                .query(Long.class)
                .list()
                .stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    public List<StoredMeeting> recent(long cellId, int limit) {
        return jdbc
                .sql(
                        "SELECT id FROM meeting WHERE cell_id = ? AND deleted_at IS NULL ORDER BY held_on DESC, id DESC LIMIT ?")
                .params(cellId, limit)
                .query(Long.class)
                .list()
                .stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    private StoredMeeting withDetails(StoredMeeting stored) {
        long id = stored.id();
        List<Attendance> attendance = jdbc.sql(
                        "SELECT member_id, member_name, member_status, presence, reason FROM meeting_attendance"
                                + " WHERE meeting_id = ? ORDER BY member_name")
                .param(id)
                .query((rs, i) -> new Attendance(
                        rs.getLong(1),
                        rs.getString(2),
                        vn.chibo.content.org.MemberStatus.valueOf(rs.getString(3)),
                        Presence.valueOf(rs.getString(4)),
                        rs.getString(5)))
                .list();
        List<String> photos = jdbc.sql("SELECT file_id FROM meeting_photo WHERE meeting_id = ? ORDER BY position")
                .param(id)
                .query(String.class)
                .list();
        List<String> documents = jdbc.sql(
                        "SELECT reference FROM meeting_document WHERE meeting_id = ? ORDER BY reference")
                .param(id)
                .query(String.class)
                .list();
        var full = stored.record().withDetails(documents, attendance, photos);
        return new StoredMeeting(id, full, stored.qualityScore(), stored.recordedAt());
    }

    /** How many meetings that count as the month's regular meeting the cell already has in {@code month}. */
    public int monthlyMeetingsIn(long cellId, YearMonth month) {
        return jdbc.sql("SELECT COUNT(*) FROM meeting WHERE cell_id = ? AND deleted_at IS NULL AND kind IN ("
                        + MeetingKind.sqlList(MeetingKind.monthly()) + ")"
                        + " AND held_on BETWEEN ? AND ?")
                .params(cellId, Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth()))
                .query(Integer.class)
                .single();
    }

    /** Cells with at least one meeting of {@code kinds} held between {@code from} and {@code to}: one query for every cell. */
    public Set<Long> cellsThatMet(Set<MeetingKind> kinds, LocalDate from, LocalDate to) {
        String in = MeetingKind.sqlList(kinds);
        return new java.util.HashSet<>(
                jdbc.sql("SELECT DISTINCT cell_id FROM meeting WHERE deleted_at IS NULL AND kind IN (" + in + ")"
                                + " AND held_on BETWEEN ? AND ?")
                        .params(Date.valueOf(from), Date.valueOf(to))
                        .query(Long.class)
                        .list());
    }

    /** The place of the cell's latest meeting, to offer again. */
    public java.util.Optional<String> lastPlace(long cellId) {
        return jdbc.sql(
                        "SELECT place FROM meeting WHERE cell_id = ? AND deleted_at IS NULL ORDER BY held_on DESC, id DESC LIMIT 1")
                .param(cellId)
                .query(String.class)
                .optional();
    }

    /** This year's thematic topics used by cells inside {@code pathPrefix} (the cell's committee), newest first. */
    public List<String> themesUsed(String pathPrefix, int year) {
        return jdbc.sql(
                        "SELECT m.topic FROM meeting m JOIN org_unit u ON u.id = m.cell_id WHERE u.path LIKE ? AND m.deleted_at IS NULL"
                                + " AND m.topic IS NOT NULL AND m.kind IN ("
                                + MeetingKind.sqlList(MeetingKind.thematic()) + ") AND m.held_on BETWEEN ? AND ?"
                                + " GROUP BY m.topic ORDER BY MAX(m.held_on) DESC LIMIT 6")
                .params(
                        pathPrefix + "%",
                        Date.valueOf(LocalDate.of(year, 1, 1)),
                        Date.valueOf(LocalDate.of(year, 12, 31)))
                .query(String.class)
                .list();
    }

    /**
     * The tasks set by the cell's last monthly meeting before {@code month} (one per line, as typed), within the two
     * months before it: what this month's meeting reviews. Empty when there is none.
     */
    public List<String> lastResolutionTasks(long cellId, YearMonth month) {
        return jdbc.sql("SELECT next_tasks FROM meeting WHERE cell_id = ? AND deleted_at IS NULL AND kind IN ("
                        + MeetingKind.sqlList(MeetingKind.monthly()) + ") AND held_on BETWEEN ? AND ?"
                        + " ORDER BY held_on DESC, id DESC LIMIT 1")
                .params(
                        cellId,
                        Date.valueOf(month.minusMonths(2).atDay(1)),
                        Date.valueOf(month.minusMonths(1).atEndOfMonth()))
                .query(String.class)
                .optional()
                .map(tasks -> tasks.lines()
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    /** How many of the cell's meetings of {@code year} carry a resolution number: the next one is this plus one. */
    public int resolutionsIn(long cellId, int year) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM meeting WHERE cell_id = ? AND deleted_at IS NULL AND resolution_number IS NOT NULL"
                                + " AND held_on BETWEEN ? AND ?")
                .params(cellId, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)))
                .query(Integer.class)
                .single();
    }
}

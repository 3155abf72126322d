package vn.chibo.content.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.org.Member;

/** Meeting notices and the members' answers to them. */
@Repository
public class Notices {

    private static final String COLUMNS =
            "id, cell_id, kind, starts_at, place, agenda, material_file_ids, sent_at, sent_by";

    /** A member who joined chibo and has not answered a notice. */
    public record Unanswered(long memberId, String memberName, long telegramUserId) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    public Notices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps a notice as sent now by {@code sentBy}. */
    public MeetingNotice create(
            long cellId,
            MeetingKind kind,
            LocalDateTime startsAt,
            String place,
            String agenda,
            List<String> materials,
            Long sentBy) {
        Instant now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO meeting_notice (cell_id, kind, starts_at, place, agenda, material_file_ids, sent_at,"
                        + " sent_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        cellId,
                        kind.name(),
                        Timestamp.valueOf(startsAt),
                        place,
                        agenda,
                        materials.isEmpty() ? null : String.join(",", materials),
                        Timestamp.from(now),
                        sentBy)
                .update(keys, "id");
        return new MeetingNotice(
                keys.getKeyAs(Number.class).longValue(), cellId, kind, startsAt, place, agenda, materials, now, sentBy);
    }

    public Optional<MeetingNotice> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting_notice WHERE id = ?")
                .param(id)
                .query(Notices::map)
                .optional();
    }

    /** The cell's notices for meetings from {@code from} on, soonest first. */
    public List<MeetingNotice> upcoming(long cellId, LocalDateTime from) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting_notice WHERE cell_id = ? AND starts_at >= ?"
                        + " ORDER BY starts_at, id")
                .params(cellId, Timestamp.valueOf(from))
                .query(Notices::map)
                .list();
    }

    /** The cell's latest notice for a meeting on {@code day}, if one was sent. */
    public Optional<MeetingNotice> forDay(long cellId, LocalDate day) {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM meeting_notice WHERE cell_id = ? AND starts_at >= ?"
                        + " AND starts_at < ? ORDER BY id DESC")
                .params(
                        cellId,
                        Timestamp.valueOf(day.atStartOfDay()),
                        Timestamp.valueOf(day.plusDays(1).atStartOfDay()))
                .query(Notices::map)
                .list()
                .stream()
                .findFirst();
    }

    /** The cell's latest notice, whatever its date. */
    public Optional<MeetingNotice> latest(long cellId) {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM meeting_notice WHERE cell_id = ? ORDER BY id DESC")
                .param(cellId)
                .query(Notices::map)
                .list()
                .stream()
                .findFirst();
    }

    /** Records (or replaces) a member's answer. {@code reason} is kept only for an absence. */
    @Transactional
    public void reply(long noticeId, long memberId, boolean attends, String reason) {
        Timestamp now = Timestamp.from(clock.instant());
        String kept = attends ? null : reason;
        int updated = jdbc.sql("UPDATE notice_reply SET attends = ?, reason = ?, answered_at = ?"
                        + " WHERE notice_id = ? AND member_id = ?")
                .params(attends, kept, now, noticeId, memberId)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO notice_reply (notice_id, member_id, attends, reason, answered_at)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(noticeId, memberId, attends, kept, now)
                    .update();
        }
    }

    /** Every answer to a notice, by member name, from members still on the cell's list. */
    public List<NoticeReply> replies(long noticeId) {
        return jdbc.sql("SELECT r.member_id, m.full_name, r.attends, r.reason, r.answered_at FROM notice_reply r"
                        + " JOIN member m ON m.id = r.member_id WHERE r.notice_id = ? AND m.active"
                        + " ORDER BY m.full_name, m.id")
                .param(noticeId)
                .query((rs, i) -> new NoticeReply(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getBoolean(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** One member's answer, if given. */
    public Optional<NoticeReply> replyOf(long noticeId, long memberId) {
        return replies(noticeId).stream().filter(r -> r.memberId() == memberId).findFirst();
    }

    /** The cell's members on Telegram, called to its meetings, who have not answered the notice. */
    public List<Unanswered> unanswered(MeetingNotice notice) {
        return jdbc.sql("SELECT m.id, m.full_name, m.telegram_user_id FROM member m WHERE m.cell_id = ? AND m.active"
                        + " AND m.status NOT IN ('AWAY', 'SUSPENDED')"
                        + " AND m.telegram_user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM notice_reply r"
                        + " WHERE r.notice_id = ? AND r.member_id = m.id) ORDER BY m.full_name, m.id")
                .params(notice.cellId(), notice.id())
                .query((rs, i) -> new Unanswered(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /**
     * Notices whose meeting starts before {@code until} and after now, whose follow-up to members who have not
     * answered is not yet done.
     */
    public List<MeetingNotice> awaitingFollowUp(LocalDateTime now, LocalDateTime until) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting_notice WHERE follow_up_at IS NULL AND starts_at > ?"
                        + " AND starts_at <= ? ORDER BY starts_at, id")
                .params(Timestamp.valueOf(now), Timestamp.valueOf(until))
                .query(Notices::map)
                .list();
    }

    /** Notices without materials whose meeting starts before {@code until}, the secretary not yet reminded. */
    public List<MeetingNotice> awaitingMaterials(LocalDateTime now, LocalDateTime until) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting_notice WHERE materials_checked_at IS NULL"
                        + " AND material_file_ids IS NULL AND starts_at > ? AND starts_at <= ? ORDER BY starts_at, id")
                .params(Timestamp.valueOf(now), Timestamp.valueOf(until))
                .query(Notices::map)
                .list();
    }

    /** Claims the follow-up of a notice: true for the one caller (of any instance) that does it. */
    public boolean claimFollowUp(long noticeId) {
        return jdbc.sql("UPDATE meeting_notice SET follow_up_at = ? WHERE id = ? AND follow_up_at IS NULL")
                        .params(Timestamp.from(clock.instant()), noticeId)
                        .update()
                == 1;
    }

    /**
     * Claims a reminder the secretary asks for: true, and the time noted, unless one was claimed less than
     * {@code every} ago (then false, and nothing changes).
     */
    public boolean claimReminder(long noticeId, java.time.Duration every) {
        java.time.Instant now = clock.instant();
        return jdbc.sql("UPDATE meeting_notice SET reminded_at = ? WHERE id = ?"
                                + " AND (reminded_at IS NULL OR reminded_at <= ?)")
                        .params(Timestamp.from(now), noticeId, Timestamp.from(now.minus(every)))
                        .update()
                == 1;
    }

    /** Claims the materials reminder of a notice: true for the one caller that sends it. */
    public boolean claimMaterialsCheck(long noticeId) {
        return jdbc.sql(
                                "UPDATE meeting_notice SET materials_checked_at = ? WHERE id = ? AND materials_checked_at IS NULL")
                        .params(Timestamp.from(clock.instant()), noticeId)
                        .update()
                == 1;
    }

    /** Sets the documents of a notice that went out without them (sent afterwards). */
    public void attachMaterials(long noticeId, List<String> materials) {
        jdbc.sql("UPDATE meeting_notice SET material_file_ids = ? WHERE id = ? AND material_file_ids IS NULL")
                .params(String.join(",", materials), noticeId)
                .update();
    }

    private static MeetingNotice map(ResultSet rs, int row) throws SQLException {
        long sentBy = rs.getLong("sent_by");
        Long by = rs.wasNull() ? null : sentBy;
        return new MeetingNotice(
                rs.getLong("id"),
                rs.getLong("cell_id"),
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("starts_at").toLocalDateTime(),
                rs.getString("place"),
                rs.getString("agenda"),
                materials(rs.getString("material_file_ids")),
                rs.getTimestamp("sent_at").toInstant(),
                by);
    }

    private static List<String> materials(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    /** Whether a member of {@code member}'s cell may answer {@code notice}. */
    public static boolean concerns(MeetingNotice notice, Member member) {
        return notice.cellId() == member.cellId();
    }
}

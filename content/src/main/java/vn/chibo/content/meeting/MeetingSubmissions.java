package vn.chibo.content.meeting;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Meetings logged for confirmation: kept until the cell's secretary or deputy confirms or returns them. */
@Repository
public class MeetingSubmissions {

    /** The longest answers kept (characters of JSON), as the chat keeps a conversation's. */
    public static final int MAX_ANSWERS = 100_000;

    private static final String COLUMNS = "id, cell_id, kind, held_on, submitted_by, submitter_name, answers, state";

    private final JdbcClient jdbc;
    private final Clock clock;

    public MeetingSubmissions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public MeetingSubmission submit(
            long cellId, MeetingKind kind, LocalDate heldOn, long submittedBy, String submitterName, String answers) {
        if (answers.length() > MAX_ANSWERS) {
            throw new IllegalArgumentException("Answers longer than " + MAX_ANSWERS + " characters");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO meeting_submission (cell_id, kind, held_on, submitted_by, submitter_name, submitted_at,"
                        + " answers, state) VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING')")
                .params(
                        cellId,
                        kind.name(),
                        Date.valueOf(heldOn),
                        submittedBy,
                        submitterName,
                        Timestamp.from(clock.instant()),
                        answers)
                .update(keys, "id");
        return new MeetingSubmission(
                keys.getKeyAs(Number.class).longValue(),
                cellId,
                kind,
                heldOn,
                submittedBy,
                submitterName,
                answers,
                MeetingSubmission.State.PENDING);
    }

    public Optional<MeetingSubmission> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM meeting_submission WHERE id = ?")
                .param(id)
                .query(MeetingSubmissions::map)
                .optional();
    }

    /**
     * Settles a pending submission as {@code state}, once: false when it was settled already (by the other of the
     * secretary and deputy, or by an earlier press). Its answers are not kept after it.
     */
    public boolean settle(long id, MeetingSubmission.State state, long byUserId) {
        if (state == MeetingSubmission.State.PENDING) {
            throw new IllegalArgumentException("A submission is settled as confirmed or returned");
        }
        return jdbc.sql("UPDATE meeting_submission SET state = ?, settled_by = ?, settled_at = ?, answers = NULL"
                                + " WHERE id = ? AND state = 'PENDING'")
                        .params(state.name(), byUserId, Timestamp.from(clock.instant()), id)
                        .update()
                == 1;
    }

    /** Puts a settled submission back as pending with {@code answers} (its confirming save was refused). */
    public void reopen(long id, String answers) {
        jdbc.sql("UPDATE meeting_submission SET state = 'PENDING', settled_by = NULL, settled_at = NULL, answers = ?"
                        + " WHERE id = ?")
                .params(answers, id)
                .update();
    }

    private static MeetingSubmission map(ResultSet rs, int row) throws SQLException {
        long by = rs.getLong("submitted_by");
        Long submittedBy = rs.wasNull() ? null : by;
        return new MeetingSubmission(
                rs.getLong("id"),
                rs.getLong("cell_id"),
                MeetingKind.valueOf(rs.getString("kind")),
                rs.getDate("held_on").toLocalDate(),
                submittedBy,
                rs.getString("submitter_name"),
                rs.getString("answers"),
                MeetingSubmission.State.valueOf(rs.getString("state")));
    }
}

package vn.chibo.scheduler.reminder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reminders decided (one row per recipient chat, keyed) and what recipients answered about their subjects. */
@Repository
public class Reminders {

    /** A reminder as sent: its subject ("meet:17:2026-12-05T14:00") and the chat it went to. */
    public record Sent(long id, String key, String subject, long chatId) {}

    /** DONE and POSTPONED stop a subject's reminders; SNOOZED asks for one more after {@code snoozedUntil}. */
    public enum Answer {
        DONE,
        SNOOZED,
        POSTPONED
    }

    /** An answer about a subject. */
    public record Answered(Answer answer, Instant snoozedUntil) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    public Reminders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the decision to send; fails with a duplicate-key exception if that reminder was ever decided. */
    long insert(String key, String subject, long chatId) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO reminder (reminder_key, subject, chat_id, created_at) VALUES (?, ?, ?, ?)")
                .params(key, subject, chatId, Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Keys decided since {@code since}: what a sweep can skip without trying. */
    Set<String> keysSince(Instant since) {
        return new HashSet<>(jdbc.sql("SELECT reminder_key FROM reminder WHERE created_at >= ?")
                .param(Timestamp.from(since))
                .query(String.class)
                .list());
    }

    public Optional<Sent> find(long id) {
        return jdbc.sql("SELECT id, reminder_key, subject, chat_id FROM reminder WHERE id = ?")
                .param(id)
                .query((rs, i) -> new Sent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .optional();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM reminder").query(Long.class).single();
    }

    /** Records (or replaces) the answer about a subject. */
    public void answer(String subject, Answer answer, Instant snoozedUntil, long by) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp until = snoozedUntil == null ? null : Timestamp.from(snoozedUntil);
        int updated = jdbc.sql(
                        "UPDATE reminder_answer SET answer = ?, snoozed_until = ?, answered_by = ?, answered_at = ? WHERE subject = ?")
                .params(answer.name(), until, by, now, subject)
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "INSERT INTO reminder_answer (subject, answer, snoozed_until, answered_by, answered_at) VALUES (?, ?, ?, ?, ?)")
                    .params(subject, answer.name(), until, by, now)
                    .update();
        }
    }

    public Optional<Answered> answerOf(String subject) {
        return jdbc.sql("SELECT answer, snoozed_until FROM reminder_answer WHERE subject = ?")
                .param(subject)
                .query((rs, i) -> new Answered(
                        Answer.valueOf(rs.getString(1)),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .optional();
    }

    /** Answers given since {@code since}, by subject. */
    Map<String, Answered> answersSince(Instant since) {
        Map<String, Answered> answers = new HashMap<>();
        jdbc.sql("SELECT subject, answer, snoozed_until FROM reminder_answer WHERE answered_at >= ?")
                .param(Timestamp.from(since))
                .query(rs -> {
                    Timestamp until = rs.getTimestamp(3);
                    answers.put(
                            rs.getString(1),
                            new Answered(Answer.valueOf(rs.getString(2)), until == null ? null : until.toInstant()));
                });
        return answers;
    }
}

package vn.chibo.content.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Scope;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.text.Words;

/** Appends and reads audit entries. Written in the same transaction as the change it records. */
@Repository
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(Actor actor, OrgUnit unit, String action, String details) {
        record(
                actor == null ? null : actor.telegramUserId(),
                actor == null ? Words.t("audit.system") : actor.displayName(),
                unit.path(),
                action,
                details);
    }

    public void record(Long actorUserId, String actorName, String unitPath, String action, String details) {
        jdbc.sql(
                        "INSERT INTO audit_entry (at, actor_user_id, actor_name, unit_path, action, details) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        Timestamp.from(clock.instant()),
                        actorUserId,
                        actorName,
                        unitPath,
                        action,
                        details.length() > 2000 ? details.substring(0, 2000) : details)
                .update();
    }

    /** The newest entries about units inside {@code scope}, newest first. */
    public List<AuditEntry> recent(Scope scope, int limit, int offset) {
        return jdbc.sql("SELECT id, at, actor_name, action, details FROM audit_entry WHERE unit_path LIKE ?"
                        + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
                .params(scope.likePattern(), limit, offset)
                .query((rs, i) -> new AuditEntry(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }
}

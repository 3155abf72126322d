package vn.chibo.content.org;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Telegram groups linked to cells and committees: one group per unit, one unit per group. */
@Repository
public class UnitGroups {

    private final JdbcClient jdbc;
    private final Clock clock;

    public UnitGroups(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Links {@code chatId} to the unit, in place of the unit's earlier group and of the group's earlier unit. */
    public void link(long unitId, long chatId, Long byUserId) {
        jdbc.sql("DELETE FROM unit_group WHERE unit_id = ? OR chat_id = ?")
                .params(unitId, chatId)
                .update();
        jdbc.sql("INSERT INTO unit_group (unit_id, chat_id, linked_by, linked_at) VALUES (?, ?, ?, ?)")
                .params(unitId, chatId, byUserId, Timestamp.from(clock.instant()))
                .update();
    }

    /** Unlinks the group (the bot left it, or was removed); whether it was linked. */
    public boolean unlinkGroup(long chatId) {
        return jdbc.sql("DELETE FROM unit_group WHERE chat_id = ?")
                        .param(chatId)
                        .update()
                > 0;
    }

    /** The group linked to the unit, if any. */
    public Optional<Long> groupOf(long unitId) {
        return jdbc.sql("SELECT chat_id FROM unit_group WHERE unit_id = ?")
                .param(unitId)
                .query(Long.class)
                .optional();
    }

    /** Every linked group, by unit id. */
    public java.util.Map<Long, Long> all() {
        java.util.Map<Long, Long> links = new java.util.HashMap<>();
        jdbc.sql("SELECT unit_id, chat_id FROM unit_group").query(rs -> {
            links.put(rs.getLong(1), rs.getLong(2));
        });
        return links;
    }

    /** The unit the group is linked to, if any. */
    public Optional<Long> unitOf(long chatId) {
        return jdbc.sql("SELECT unit_id FROM unit_group WHERE chat_id = ?")
                .param(chatId)
                .query(Long.class)
                .optional();
    }
}

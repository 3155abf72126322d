package vn.chibo.content.org;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The events of members' lives in the Party, and the members who left through one. */
@Repository
public class MemberEvents {

    private static final String COLUMNS =
            "id, member_id, cell_id, kind, effective_on, status_before, status_after, reason, decision";

    /** A member who left the list through an event, with its kind and date. */
    public record Departed(Member member, LifeEvent reason, LocalDate on) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    public MemberEvents(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(
            Member member,
            LifeEvent kind,
            LocalDate on,
            MemberStatus after,
            String reason,
            String decision,
            Long byUserId) {
        jdbc.sql("INSERT INTO member_event (member_id, cell_id, kind, effective_on, status_before, status_after,"
                        + " reason, decision, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        member.id(),
                        member.cellId(),
                        kind.name(),
                        Date.valueOf(on),
                        kind == LifeEvent.ADMITTED ? null : member.status().name(),
                        after == null ? null : after.name(),
                        reason,
                        decision,
                        Timestamp.from(clock.instant()),
                        byUserId)
                .update();
    }

    /** Keeps the admission of a probationary member put on a list with the day they were admitted (if known). */
    public void admitted(Member member, Long byUserId) {
        if (member.status() == MemberStatus.PROBATIONARY && member.partyJoinDate() != null) {
            record(member, LifeEvent.ADMITTED, member.partyJoinDate(), MemberStatus.PROBATIONARY, null, null, byUserId);
        }
    }

    /** A member's events, oldest first. */
    public List<MemberEvent> of(long memberId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM member_event WHERE member_id = ? ORDER BY effective_on, id")
                .param(memberId)
                .query(MemberEvents::map)
                .list();
    }

    /** The latest event of a member, by date then by order of entry. */
    public Optional<MemberEvent> latest(long memberId) {
        List<MemberEvent> events = of(memberId);
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    /**
     * The status a member had before the latest event that brought them into {@code status}: what ending it restores
     * (official when nothing says otherwise).
     */
    public MemberStatus before(long memberId, MemberStatus status) {
        return jdbc
                .sql("SELECT status_before FROM member_event WHERE member_id = ? AND status_after = ?"
                        + " AND status_before IS NOT NULL ORDER BY id DESC")
                .params(memberId, status.name())
                .query(String.class)
                .stream()
                .findFirst()
                .map(MemberStatus::valueOf)
                .orElse(MemberStatus.OFFICIAL);
    }

    /** How many events of each kind took effect from {@code from} to {@code to} in the cells inside a path prefix. */
    public Map<LifeEvent, Integer> countWithin(String pathPrefix, LocalDate from, LocalDate to) {
        Map<LifeEvent, Integer> counts = new EnumMap<>(LifeEvent.class);
        for (LifeEvent kind : LifeEvent.values()) {
            counts.put(kind, 0);
        }
        jdbc.sql("SELECT e.kind, COUNT(*) FROM member_event e JOIN org_unit u ON u.id = e.cell_id"
                        + " WHERE u.path LIKE ? AND e.effective_on BETWEEN ? AND ? GROUP BY e.kind")
                .params(pathPrefix + "%", Date.valueOf(from), Date.valueOf(to))
                .query(rs -> {
                    counts.put(LifeEvent.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    /** Members of the cells inside a path prefix who died from {@code since} on, by date of death. */
    public List<Departed> diedWithin(String pathPrefix, LocalDate since) {
        return jdbc.sql("SELECT m.id, m.cell_id, m.full_name, m.status, m.party_join_date, m.left_on FROM member m"
                        + " JOIN org_unit u ON u.id = m.cell_id WHERE NOT m.active AND m.left_reason = 'DIED'"
                        + " AND m.left_on >= ? AND u.path LIKE ? ORDER BY m.left_on, m.full_name, m.id")
                .params(Date.valueOf(since), pathPrefix + "%")
                .query((rs, row) -> {
                    Date joined = rs.getDate("party_join_date");
                    return new Departed(
                            new Member(
                                    rs.getLong("id"),
                                    rs.getLong("cell_id"),
                                    rs.getString("full_name"),
                                    MemberStatus.valueOf(rs.getString("status")),
                                    joined == null ? null : joined.toLocalDate()),
                            LifeEvent.DIED,
                            rs.getDate("left_on").toLocalDate());
                })
                .list();
    }

    private static MemberEvent map(ResultSet rs, int row) throws SQLException {
        String before = rs.getString("status_before");
        String after = rs.getString("status_after");
        return new MemberEvent(
                rs.getLong("id"),
                rs.getLong("member_id"),
                rs.getLong("cell_id"),
                LifeEvent.valueOf(rs.getString("kind")),
                rs.getDate("effective_on").toLocalDate(),
                before == null ? null : MemberStatus.valueOf(before),
                after == null ? null : MemberStatus.valueOf(after),
                rs.getString("reason"),
                rs.getString("decision"));
    }
}

package vn.chibo.content.org;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The members of cells. */
@Repository
public class Members {

    /** The longest full name the member's (and a role holder's) column keeps (characters). */
    public static final int MAX_NAME = 200;

    private static final String COLUMNS = "id, cell_id, full_name, status, party_join_date";

    private final JdbcClient jdbc;
    private final Clock clock;

    public Members(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Member add(OrgUnit cell, String fullName, MemberStatus status, LocalDate partyJoinDate) {
        if (!cell.isCell()) {
            throw new IllegalArgumentException("Members belong to cells, not to " + cell.name());
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO member (cell_id, full_name, status, party_join_date) VALUES (?, ?, ?, ?)")
                .params(cell.id(), fullName, status.name(), partyJoinDate == null ? null : Date.valueOf(partyJoinDate))
                .update(keys, "id");
        return new Member(keys.getKeyAs(Number.class).longValue(), cell.id(), fullName, status, partyJoinDate);
    }

    public List<Member> ofCell(long cellId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM member WHERE cell_id = ? AND active ORDER BY full_name, id")
                .param(cellId)
                .query(Members::map)
                .list();
    }

    public Optional<Member> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM member WHERE id = ? AND active")
                .param(id)
                .query(Members::map)
                .optional();
    }

    public void update(Member member, MemberStatus status, LocalDate partyJoinDate) {
        jdbc.sql("UPDATE member SET status = ?, party_join_date = ? WHERE id = ?")
                .params(status.name(), partyJoinDate == null ? null : Date.valueOf(partyJoinDate), member.id())
                .update();
    }

    /** Moves a member to another cell; the member keeps their id and history, and the move is recorded. */
    public Member transfer(Member member, OrgUnit toCell, Long byUserId) {
        if (!toCell.isCell()) {
            throw new IllegalArgumentException("Members belong to cells, not to " + toCell.name());
        }
        jdbc.sql(
                        "INSERT INTO member_transfer (member_id, from_cell_id, to_cell_id, transferred_at, by_user_id) VALUES (?, ?, ?, ?, ?)")
                .params(member.id(), member.cellId(), toCell.id(), Timestamp.from(clock.instant()), byUserId)
                .update();
        jdbc.sql("UPDATE member SET cell_id = ? WHERE id = ?")
                .params(toCell.id(), member.id())
                .update();
        return new Member(member.id(), toCell.id(), member.fullName(), member.status(), member.partyJoinDate());
    }

    /** Takes a member off the cell's list; the record stays for history, and they no longer count in absence status. */
    public void remove(Member member) {
        jdbc.sql("UPDATE member SET active = FALSE WHERE id = ?")
                .param(member.id())
                .update();
        jdbc.sql("DELETE FROM member_absence_month WHERE member_id = ?")
                .param(member.id())
                .update();
    }

    /** Sets a member's status (a life event's doing: recognition, exemption, temporary attendance, suspension). */
    public Member changeStatus(Member member, MemberStatus status) {
        jdbc.sql("UPDATE member SET status = ? WHERE id = ?")
                .params(status.name(), member.id())
                .update();
        return new Member(member.id(), member.cellId(), member.fullName(), status, member.partyJoinDate());
    }

    /**
     * Takes a member off the list through a life event that ends the membership (transfer out, death, removal): the
     * record stays, with the event's kind and date, and no longer counts in absence status.
     */
    public void leave(Member member, LifeEvent reason, LocalDate on) {
        if (!reason.endsMembership()) {
            throw new IllegalArgumentException(reason + " does not end a membership");
        }
        jdbc.sql("UPDATE member SET left_reason = ?, left_on = ? WHERE id = ?")
                .params(reason.name(), Date.valueOf(on), member.id())
                .update();
        remove(member);
    }

    /** The active member record linked to a Telegram account, if any. */
    public Optional<Member> linkedTo(long telegramUserId) {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM member WHERE telegram_user_id = ? AND active ORDER BY id")
                .param(telegramUserId)
                .query(Members::map)
                .list()
                .stream()
                .findFirst();
    }

    /** Links a Telegram account to {@code member} alone: any other record linked to it is unlinked. */
    public void linkTelegram(Member member, long telegramUserId) {
        jdbc.sql("UPDATE member SET telegram_user_id = NULL WHERE telegram_user_id = ? AND id <> ?")
                .params(telegramUserId, member.id())
                .update();
        jdbc.sql("UPDATE member SET telegram_user_id = ? WHERE id = ?")
                .params(telegramUserId, member.id())
                .update();
    }

    /**
     * Who a commendation of the cell may name: its members, and those who died there from {@code diedSince} on (a
     * Huy hiệu may be awarded posthumously), by name.
     */
    public List<Member> awardableOf(long cellId, LocalDate diedSince) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM member WHERE cell_id = ? AND (active OR left_reason = 'DIED'"
                        + " AND left_on >= ?) ORDER BY full_name, id")
                .params(cellId, Date.valueOf(diedSince))
                .query(Members::map)
                .list();
    }

    /** The ids of the cell's members who died from {@code since} on. */
    public java.util.Set<Long> diedIn(long cellId, LocalDate since) {
        return new java.util.HashSet<>(jdbc.sql("SELECT id FROM member WHERE cell_id = ? AND NOT active"
                        + " AND left_reason = 'DIED' AND left_on >= ?")
                .params(cellId, Date.valueOf(since))
                .query(Long.class)
                .list());
    }

    /**
     * The cell's members called to its meetings: all on its list but those attending elsewhere for now or suspended
     * (exempt members are told too: they may come).
     */
    public List<Member> convenedOf(long cellId) {
        return ofCell(cellId).stream()
                .filter(m -> m.status() != MemberStatus.AWAY && m.status() != MemberStatus.SUSPENDED)
                .toList();
    }

    /**
     * The Telegram accounts linked to the cell's members called to its meetings ({@link #convenedOf}), by member id
     * (those who joined chibo and get its notices).
     */
    public java.util.Map<Long, Long> telegramOf(long cellId) {
        java.util.Map<Long, Long> linked = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT id, telegram_user_id FROM member WHERE cell_id = ? AND active AND telegram_user_id IS NOT NULL"
                        + " AND status NOT IN ('AWAY', 'SUSPENDED') ORDER BY id")
                .param(cellId)
                .query(rs -> {
                    linked.put(rs.getLong(1), rs.getLong(2));
                });
        return linked;
    }

    /** Active probationary members admitted from {@code from} to {@code to}, by admission date. */
    public List<Member> probationaryAdmittedBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM member WHERE active AND status = 'PROBATIONARY'"
                        + " AND party_join_date BETWEEN ? AND ? ORDER BY party_join_date, id")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query(Members::map)
                .list();
    }

    /** The active members of every cell inside a path prefix, by name. */
    public List<Member> within(String pathPrefix) {
        return jdbc.sql(
                        "SELECT m.id, m.cell_id, m.full_name, m.status, m.party_join_date FROM member m JOIN org_unit u ON u.id = m.cell_id"
                                + " WHERE m.active AND u.path LIKE ? ORDER BY m.full_name, m.id")
                .param(pathPrefix + "%")
                .query(Members::map)
                .list();
    }

    /** How many active members the cells inside a path prefix hold. */
    public long countWithin(String pathPrefix) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM member m JOIN org_unit u ON u.id = m.cell_id WHERE m.active AND u.path LIKE ?")
                .param(pathPrefix + "%")
                .query(Long.class)
                .single();
    }

    private static Member map(ResultSet rs, int row) throws SQLException {
        Date joined = rs.getDate("party_join_date");
        return new Member(
                rs.getLong("id"),
                rs.getLong("cell_id"),
                rs.getString("full_name"),
                MemberStatus.valueOf(rs.getString("status")),
                joined == null ? null : joined.toLocalDate());
    }
}

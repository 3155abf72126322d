package vn.chibo.content.org;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The members of cells. */
@Repository
public class Members {

    private final JdbcClient jdbc;

    public Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.sql("SELECT id, cell_id, full_name, status, party_join_date FROM member"
                        + " WHERE cell_id = ? AND active ORDER BY id")
                .param(cellId)
                .query((rs, i) -> {
                    Date joined = rs.getDate("party_join_date");
                    return new Member(
                            rs.getLong("id"),
                            rs.getLong("cell_id"),
                            rs.getString("full_name"),
                            MemberStatus.valueOf(rs.getString("status")),
                            joined == null ? null : joined.toLocalDate());
                })
                .list();
    }
}

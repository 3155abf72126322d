package vn.chibo.content.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/** Role assignments, and the one each person is currently acting in. */
@Repository
public class RoleAssignments {

    private static final String SELECT = "SELECT r.id, r.role, r.person_name, r.telegram_user_id,"
            + " u.id AS unit_id, u.parent_id, u.kind, u.name, u.short_name, u.path"
            + " FROM role_assignment r JOIN org_unit u ON u.id = r.org_unit_id";

    private final JdbcClient jdbc;

    public RoleAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public RoleAssignment assign(OrgUnit unit, Role role, String personName, Long telegramUserId) {
        if (role.heldOnCell() != unit.isCell()) {
            throw new IllegalArgumentException(role + " cannot be held for " + unit.name());
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO role_assignment (org_unit_id, role, person_name, telegram_user_id) VALUES (?, ?, ?, ?)")
                .params(unit.id(), role.name(), personName, telegramUserId)
                .update(keys, "id");
        return new RoleAssignment(keys.getKeyAs(Number.class).longValue(), role, unit, personName, telegramUserId);
    }

    public Optional<RoleAssignment> find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?")
                .param(id)
                .query(RoleAssignments::map)
                .optional();
    }

    /** Every role held for a unit inside {@code scope}, by unit path then role. */
    public List<RoleAssignment> within(Scope scope) {
        return jdbc.sql(SELECT + " WHERE u.path LIKE ? ORDER BY u.path, r.role, r.person_name")
                .param(scope.likePattern())
                .query(RoleAssignments::map)
                .list();
    }

    public List<RoleAssignment> ofUnit(long unitId) {
        return jdbc.sql(SELECT + " WHERE u.id = ? ORDER BY r.role, r.person_name")
                .param(unitId)
                .query(RoleAssignments::map)
                .list();
    }

    /** Binds a role to the Telegram account that redeemed its invitation (replacing any earlier account). */
    public RoleAssignment link(long roleAssignmentId, long telegramUserId) {
        jdbc.sql("UPDATE role_assignment SET telegram_user_id = ? WHERE id = ?")
                .params(telegramUserId, roleAssignmentId)
                .update();
        return find(roleAssignmentId).orElseThrow();
    }

    public void remove(long roleAssignmentId) {
        jdbc.sql("DELETE FROM acting_role WHERE role_assignment_id = ?")
                .param(roleAssignmentId)
                .update();
        jdbc.sql("DELETE FROM role_assignment WHERE id = ?")
                .param(roleAssignmentId)
                .update();
    }

    public boolean holds(long telegramUserId, long roleAssignmentId) {
        return heldBy(telegramUserId).stream().anyMatch(r -> r.id() == roleAssignmentId);
    }

    /** Whether the person holds, now, a secretary's or deputy's role in that cell (whichever role they act in). */
    public boolean servesCell(long telegramUserId, long cellId) {
        return heldBy(telegramUserId).stream()
                .anyMatch(r -> r.role().actsForCell() && r.unit().id() == cellId);
    }

    /**
     * Whether the person answers for the organisation's reports now: a role held on that very unit (a cell's
     * secretary or deputy, a committee's office or leader; not one who only follows the cell or helps log its
     * meetings).
     */
    public boolean answersFor(long telegramUserId, long unitId) {
        return heldBy(telegramUserId).stream()
                .anyMatch(r -> r.unit().id() == unitId && r.role().answersForUnit());
    }

    /** The Telegram accounts of those who follow the cell for the committee above it. */
    public List<Long> followersOf(long cellId) {
        return ofUnit(cellId).stream()
                .filter(r -> r.role() == Role.FOLLOWER && r.telegramUserId() != null)
                .map(RoleAssignment::telegramUserId)
                .distinct()
                .toList();
    }

    /**
     * The chats that answer for an organisation: a cell's secretary and deputy; a committee's office, or its leaders
     * when no office is on Telegram.
     */
    public List<Long> chatsAnsweringFor(OrgUnit unit) {
        List<RoleAssignment> onTelegram = ofUnit(unit.id()).stream()
                .filter(r -> r.telegramUserId() != null)
                .toList();
        java.util.function.Function<Role, List<Long>> of = role -> onTelegram.stream()
                .filter(r -> r.role() == role)
                .map(RoleAssignment::telegramUserId)
                .distinct()
                .toList();
        if (unit.isCell()) {
            List<Long> chats = new java.util.ArrayList<>(of.apply(Role.SECRETARY));
            of.apply(Role.DEPUTY).stream().filter(c -> !chats.contains(c)).forEach(chats::add);
            return chats;
        }
        List<Long> office = of.apply(Role.OFFICE);
        return office.isEmpty() ? of.apply(Role.LEADER) : office;
    }

    public List<RoleAssignment> heldBy(long telegramUserId) {
        return jdbc.sql(SELECT + " WHERE r.telegram_user_id = ? ORDER BY r.id")
                .param(telegramUserId)
                .query(RoleAssignments::map)
                .list();
    }

    /** The role this person acts in: the one they picked, or their first role if they never picked. */
    public Optional<RoleAssignment> actingRole(long telegramUserId) {
        Optional<RoleAssignment> picked = jdbc.sql(SELECT + " JOIN acting_role a ON a.role_assignment_id = r.id"
                        + " WHERE a.telegram_user_id = ? AND r.telegram_user_id = ?")
                .params(telegramUserId, telegramUserId)
                .query(RoleAssignments::map)
                .optional();
        return picked.or(() -> heldBy(telegramUserId).stream().findFirst());
    }

    /** Records the role a person acts in; refuses a role they do not hold (and then has written nothing). */
    @Transactional(noRollbackFor = NotYourRoleException.class)
    public RoleAssignment actIn(long telegramUserId, long roleAssignmentId) {
        RoleAssignment role = heldBy(telegramUserId).stream()
                .filter(r -> r.id() == roleAssignmentId)
                .findFirst()
                .orElseThrow(() -> new NotYourRoleException(telegramUserId, roleAssignmentId));
        jdbc.sql("DELETE FROM acting_role WHERE telegram_user_id = ?")
                .param(telegramUserId)
                .update();
        jdbc.sql("INSERT INTO acting_role (telegram_user_id, role_assignment_id) VALUES (?, ?)")
                .params(telegramUserId, roleAssignmentId)
                .update();
        return role;
    }

    private static RoleAssignment map(ResultSet rs, int row) throws SQLException {
        return new RoleAssignment(
                rs.getLong("id"),
                Role.valueOf(rs.getString("role")),
                OrgUnits.fromRow(rs, "unit_id"),
                rs.getString("person_name"),
                rs.getObject("telegram_user_id", Long.class));
    }
}

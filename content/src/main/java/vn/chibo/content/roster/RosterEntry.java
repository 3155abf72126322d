package vn.chibo.content.roster;

import java.time.LocalDate;
import java.util.List;
import vn.chibo.content.access.Role;
import vn.chibo.content.org.MemberStatus;

/**
 * A validated row. A member row ({@code role} null, secretary, deputy, cell committee member, minute-taker or dues collector) puts
 * {@code name} in the cell at {@code path}; a leader or office row gives {@code name} that role for the committee at
 * {@code path}, a follower row for the cell at {@code path}.
 */
record RosterEntry(int line, List<String> path, String name, MemberStatus status, LocalDate joined, Role role) {

    boolean isMemberRow() {
        return isMemberRole(role);
    }

    /** Whether the unit at {@code path} is a cell: a member's, or one a role held on a cell is for. */
    boolean isCellRow() {
        return role == null || role.heldOnCell();
    }

    /** Roles held by one of the cell's own members (null: a member without a role). */
    static boolean isMemberRole(Role role) {
        return role == null || role.heldByCellMember();
    }
}

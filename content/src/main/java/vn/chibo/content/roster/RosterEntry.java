package vn.chibo.content.roster;

import java.time.LocalDate;
import java.util.List;
import vn.chibo.content.access.Role;
import vn.chibo.content.org.MemberStatus;

/**
 * A validated row. A member row ({@code role} null, secretary or deputy) puts {@code name} in the cell at
 * {@code path}; a leader or office row gives {@code name} that role for the committee at {@code path}.
 */
record RosterEntry(int line, List<String> path, String name, MemberStatus status, LocalDate joined, Role role) {

    boolean isMemberRow() {
        return role == null || role.actsForCell();
    }
}

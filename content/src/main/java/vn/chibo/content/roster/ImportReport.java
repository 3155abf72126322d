package vn.chibo.content.roster;

import java.util.List;
import vn.chibo.content.access.Invitation;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;

/**
 * What an import changed (or, previewed, would change), by name, and the invitations issued for role holders it added.
 * {@code rolesGoverned} says whether the file names any role at all: a file without one changes no role holder.
 * {@code awaitingLink} lists roles in the file nobody has yet taken up through an invitation.
 */
public record ImportReport(
        int rows,
        List<String> unitsCreated,
        List<Placed> membersAdded,
        List<Placed> membersUpdated,
        List<Moved> membersTransferred,
        List<Placed> membersRemoved,
        List<Held> rolesAdded,
        List<Held> rolesRemoved,
        boolean rolesGoverned,
        List<Invitation> invitations,
        List<RoleAssignment> awaitingLink) {

    /** A member and the cell they are (or were) in. */
    public record Placed(String name, String cell) {}

    /** A member moving from one cell to another. */
    public record Moved(String name, String fromCell, String toCell) {}

    /** A role, the person holding it and the unit it is held in. */
    public record Held(Role role, String name, String unit) {}

    public boolean changedNothing() {
        return unitsCreated.isEmpty()
                && membersAdded.isEmpty()
                && membersUpdated.isEmpty()
                && membersTransferred.isEmpty()
                && membersRemoved.isEmpty()
                && rolesAdded.isEmpty()
                && rolesRemoved.isEmpty();
    }

    /** Whether applying it takes anything away: a member off a cell's list or a role from its holder. */
    public boolean removesAnyone() {
        return !membersRemoved.isEmpty() || !rolesRemoved.isEmpty();
    }

    /** The same changes, without the invitations (a preview's were never kept). */
    ImportReport previewed() {
        return new ImportReport(
                rows,
                unitsCreated,
                membersAdded,
                membersUpdated,
                membersTransferred,
                membersRemoved,
                rolesAdded,
                rolesRemoved,
                rolesGoverned,
                List.of(),
                List.of());
    }
}

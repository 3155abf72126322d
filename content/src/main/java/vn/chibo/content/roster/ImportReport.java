package vn.chibo.content.roster;

import java.util.List;
import vn.chibo.content.access.Invitation;
import vn.chibo.content.access.RoleAssignment;

/**
 * What an import changed, and the invitations issued for role holders it added. {@code awaitingLink}
 * lists roles in the file nobody has yet taken up through an invitation.
 */
public record ImportReport(
        int rows,
        int unitsCreated,
        int membersAdded,
        int membersUpdated,
        int membersTransferred,
        int membersRemoved,
        int rolesAdded,
        int rolesRemoved,
        List<Invitation> invitations,
        List<RoleAssignment> awaitingLink) {

    public boolean changedNothing() {
        return unitsCreated
                        + membersAdded
                        + membersUpdated
                        + membersTransferred
                        + membersRemoved
                        + rolesAdded
                        + rolesRemoved
                == 0;
    }
}

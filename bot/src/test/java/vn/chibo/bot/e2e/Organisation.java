package vn.chibo.bot.e2e;

import java.time.LocalDate;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/** Builds organisation fixtures in a running chibo's database. */
final class Organisation {

    private final OrgUnits units;
    private final Members members;
    private final RoleAssignments roles;

    Organisation(RunningChibo chibo) {
        this.units = chibo.bean(OrgUnits.class);
        this.members = chibo.bean(Members.class);
        this.roles = chibo.bean(RoleAssignments.class);
    }

    OrgUnit committee(String name) {
        return units.add(null, OrgKind.COMMITTEE, name, name);
    }

    OrgUnit committeeUnder(OrgUnit parent, String name) {
        return units.add(parent.id(), OrgKind.COMMITTEE, name, name);
    }

    OrgUnit cellOf(OrgUnit committee, String name, String shortName, String... memberNames) {
        OrgUnit cell = units.add(committee.id(), OrgKind.CELL, name, shortName);
        for (String member : memberNames) {
            members.add(cell, member, MemberStatus.OFFICIAL, LocalDate.of(1990, 5, 19));
        }
        return cell;
    }

    RoleAssignment give(long telegramUserId, String personName, Role role, OrgUnit unit) {
        return roles.assign(unit, role, personName, telegramUserId);
    }

    RoleAssignment actingRoleOf(long telegramUserId) {
        return roles.actingRole(telegramUserId).orElseThrow();
    }
}

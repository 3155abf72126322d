package vn.chibo.content;

import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * The organisation most use-case tests start from, stored: a committee with two cells (Văn phòng, Thanh tra), a cell
 * of another committee, and the committee's office user.
 */
public record TestOrganisation(OrgUnit committee, OrgUnit office, OrgUnit audit, OrgUnit elsewhere, Actor officeUser) {

    public static TestOrganisation storedIn(OrgUnits units) {
        OrgUnit committee = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Sở Tư pháp", "ĐB STP");
        OrgUnit office = units.add(committee.id(), OrgKind.CELL, "Chi bộ Văn phòng", "CB VP");
        OrgUnit audit = units.add(committee.id(), OrgKind.CELL, "Chi bộ Thanh tra", "CB TT");
        OrgUnit other = units.add(null, OrgKind.COMMITTEE, "Đảng bộ khác", "ĐB K");
        OrgUnit elsewhere = units.add(other.id(), OrgKind.CELL, "Chi bộ khác", "CB K");
        Actor officeUser =
                new Actor(1004, "Trang", new RoleAssignment(4, Role.OFFICE, committee, "Lê Thu Trang", 1004L), false);
        return new TestOrganisation(committee, office, audit, elsewhere, officeUser);
    }
}

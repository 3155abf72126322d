package vn.chibo.content.access;

import vn.chibo.content.org.OrgUnit;

/** One role held by one person for one organisation unit. */
public record RoleAssignment(long id, Role role, OrgUnit unit, String personName, Long telegramUserId) {}

package vn.chibo.content.access;

import vn.chibo.content.org.Member;

/**
 * Someone acting in chibo: their Telegram id and name, the role they act in now (null: none), whether they administer
 * the deployment, and the member record their account is linked to (null: none). Being a member gives no scope: a
 * member sees their own record and their cell's notices, asked for by their member id, never a unit's data.
 */
public record Actor(long telegramUserId, String name, RoleAssignment acting, boolean admin, Member member) {

    /** Someone who is not (or not known as) a member of a cell on Telegram. */
    public Actor(long telegramUserId, String name, RoleAssignment acting, boolean admin) {
        this(telegramUserId, name, acting, admin, null);
    }

    /** A member of a cell whose account is linked to their record. */
    public boolean isMember() {
        return member != null;
    }

    public Scope scope() {
        if (admin) {
            return Scope.EVERYTHING;
        }
        return acting == null ? Scope.NOTHING : Scope.of(acting.unit());
    }

    public boolean hasRole() {
        return acting != null || admin;
    }

    /** Office users and administrators manage structure, people and invitations. */
    public boolean canManage() {
        return admin || acting != null && acting.role() == Role.OFFICE;
    }

    /** A cell's secretary or deputy: logs its meetings, sets its schedule. */
    public boolean actsForCell() {
        return acting != null && acting.role().actsForCell();
    }

    /** Who enters a cell's party dues: its secretary or deputy, or the member who collects them. */
    public boolean recordsDues() {
        return actsForCell() || acting != null && acting.role() == Role.TREASURER;
    }

    /** A cell's minute-taker or cell committee member: logs its meetings for the secretary or deputy to confirm. */
    public boolean logsMeetingsForConfirmation() {
        return acting != null && acting.role().logsMeetingsForConfirmation();
    }

    /** Leaders, offices and administrators follow the cells below them (status, who has not met, overdue reports). */
    public boolean followsCells() {
        return admin || acting != null && (acting.role() == Role.LEADER || acting.role() == Role.OFFICE);
    }

    /** Who records commendations: a cell's secretary or deputy, an office, an administrator. */
    public boolean recordsCommendations() {
        return admin || actsForCell() || acting != null && acting.role() == Role.OFFICE;
    }

    /**
     * Who records members' life events (recognition, exemption, temporary attendance, suspension, leaving): a cell's
     * secretary or deputy for their cell, an office and an administrator within their scope.
     */
    public boolean keepsMemberRecords() {
        return recordsCommendations();
    }

    public String displayName() {
        return acting != null ? acting.personName() : name;
    }
}

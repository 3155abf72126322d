package vn.chibo.content.access;

/**
 * Someone acting in chibo: their Telegram id and name, the role they act in now (null: none), and
 * whether they administer the deployment.
 */
public record Actor(long telegramUserId, String name, RoleAssignment acting, boolean admin) {

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

    public String displayName() {
        return acting != null ? acting.personName() : name;
    }
}

package vn.chibo.content.access;

/** Someone tried to act in a role assignment that is not theirs (a forged or stale button). */
public class NotYourRoleException extends RuntimeException {

    public NotYourRoleException(long telegramUserId, long roleAssignmentId) {
        super("User " + telegramUserId + " does not hold role assignment " + roleAssignmentId);
    }
}

package vn.chibo.content.access;

/**
 * Roles a person can hold. Secretary and deputy act for a cell; leader and office for a committee subtree; the
 * committee member who follows a cell (cấp ủy viên phụ trách chi bộ) reads that cell and receives its meeting notices,
 * and acts for nothing.
 */
public enum Role {
    SECRETARY,
    DEPUTY,
    LEADER,
    OFFICE,
    FOLLOWER;

    public boolean actsForCell() {
        return this == SECRETARY || this == DEPUTY;
    }

    /** Whether it is held on a cell (a secretary, a deputy, a follower) rather than on a committee. */
    public boolean heldOnCell() {
        return actsForCell() || this == FOLLOWER;
    }
}

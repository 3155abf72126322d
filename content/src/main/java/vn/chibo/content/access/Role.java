package vn.chibo.content.access;

/** Roles a person can hold. Secretary and deputy act for a cell; leader and office for a committee subtree. */
public enum Role {
    SECRETARY,
    DEPUTY,
    LEADER,
    OFFICE;

    public boolean actsForCell() {
        return this == SECRETARY || this == DEPUTY;
    }
}

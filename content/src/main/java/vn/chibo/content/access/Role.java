package vn.chibo.content.access;

/**
 * Roles a person can hold. Secretary and deputy act for a cell; leader and office for a committee subtree; the
 * committee member who follows a cell (cấp ủy viên phụ trách chi bộ) reads that cell and receives its meeting notices,
 * and acts for nothing. A member of the cell committee (chi ủy viên) and the cell's minute-taker (thư ký) read the cell
 * and may log its meetings, which its secretary or deputy then confirms. The cell member who collects party dues
 * (phụ trách thu đảng phí) reads the cell and enters its dues.
 */
public enum Role {
    SECRETARY,
    DEPUTY,
    LEADER,
    OFFICE,
    FOLLOWER,
    CELL_COMMITTEE,
    MINUTE_TAKER,
    /** The cell member who collects party dues: enters them for the cell. */
    TREASURER;

    public boolean actsForCell() {
        return this == SECRETARY || this == DEPUTY;
    }

    /** Whether it is held on a cell (a secretary, a deputy, a follower, ...) rather than on a committee. */
    public boolean heldOnCell() {
        return this != LEADER && this != OFFICE;
    }

    /** Whether it goes to one of the cell's own members (picked from its list), rather than to a person named. */
    public boolean heldByCellMember() {
        return actsForCell() || logsMeetingsForConfirmation() || this == TREASURER;
    }

    /** Whether its holder logs the cell's meetings for its secretary or deputy to confirm. */
    public boolean logsMeetingsForConfirmation() {
        return this == CELL_COMMITTEE || this == MINUTE_TAKER;
    }

    /**
     * Whether its holder answers for the unit (its reports, plans and requests): a cell's secretary or deputy, a
     * committee's leader or office; not one who only follows the cell or helps log its meetings.
     */
    public boolean answersForUnit() {
        return this == SECRETARY || this == DEPUTY || this == LEADER || this == OFFICE;
    }
}

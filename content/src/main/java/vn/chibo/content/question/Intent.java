package vn.chibo.content.question;

/** What a question asks for, as questions_vi.txt names it (lower case there). */
public enum Intent {
    /** Reporting deadlines to come. */
    DEADLINES,
    /** The meeting schedule: when the next meeting is. */
    SCHEDULE,
    /** A cell's last meeting and its minutes. */
    LAST_MEETING,
    /** Reports overdue, who has not submitted. */
    OVERDUE,
    /** Members absent without reason at the warning lines. */
    ABSENT,
    /** Huy hiệu Đảng due at the next award dates. */
    BADGES,
    /** Commendations: how many, of what, for whom. */
    AWARDS,
    /** A cell's members. */
    MEMBERS,
    /** Which cells have not held a meeting in the period (or whether one has). */
    NOT_MET,
    /** Which cells have held one. */
    MET,
    /** A unit's status for a period. */
    STATUS
}

package vn.chibo.content.meeting;

/** Định kỳ (monthly), chuyên đề (thematic), both at once, diễn đàn (forum), bất thường (extraordinary). */
public enum MeetingKind {
    MONTHLY,
    THEMATIC,
    COMBINED,
    FORUM,
    EXTRAORDINARY;

    /** Whether it counts as the month's regular meeting. */
    public boolean isMonthly() {
        return this == MONTHLY || this == COMBINED;
    }

    /** Whether it counts as the quarter's thematic session. */
    public boolean isThematic() {
        return this == THEMATIC || this == COMBINED;
    }
}

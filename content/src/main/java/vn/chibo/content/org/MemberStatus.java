package vn.chibo.content.org;

/**
 * Standing of a member in the cell (DOMAIN.md): chính thức, dự bị, miễn sinh hoạt, sinh hoạt tạm thời nơi khác,
 * đình chỉ sinh hoạt. A member who leaves is no longer on the list ({@link LifeEvent#endsMembership()}).
 */
public enum MemberStatus {
    OFFICIAL,
    PROBATIONARY,
    EXEMPT,
    /** Attending temporarily in another organisation: not expected here, outside the vote base. */
    AWAY,
    /** Suspended from Party activity: not convened, does not vote. */
    SUSPENDED;

    /** Whether the member is called to the cell's meetings as a matter of course (exempt members may come). */
    public boolean expected() {
        return this == OFFICIAL || this == PROBATIONARY;
    }

    /** Whether the member votes on the cell's resolutions when present (official members, exempt ones included). */
    public boolean votesWhenPresent() {
        return this == OFFICIAL || this == EXEMPT;
    }
}

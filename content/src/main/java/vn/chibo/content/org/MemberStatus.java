package vn.chibo.content.org;

/** Standing of a member in the cell (DOMAIN.md): chính thức, dự bị, miễn sinh hoạt. */
public enum MemberStatus {
    OFFICIAL,
    PROBATIONARY,
    EXEMPT
}

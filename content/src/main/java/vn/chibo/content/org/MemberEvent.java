package vn.chibo.content.org;

import java.time.LocalDate;

/**
 * One recorded event of a member's life in the Party. {@code after} is null when it ended the membership;
 * {@code reason} and {@code decision} may be null.
 */
public record MemberEvent(
        long id,
        long memberId,
        long cellId,
        LifeEvent kind,
        LocalDate on,
        MemberStatus before,
        MemberStatus after,
        String reason,
        String decision) {

    /** The longest reason kept (characters): where to, where temporarily, why. */
    public static final int MAX_REASON = 300;

    /** The longest decision reference kept (characters): "Quyết định số 12-QĐ/ĐU ngày 5/3/2026". */
    public static final int MAX_DECISION = 150;
}

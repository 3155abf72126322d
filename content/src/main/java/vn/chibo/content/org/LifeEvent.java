package vn.chibo.content.org;

import java.util.EnumSet;
import java.util.Set;

/**
 * What happens to a member in the Party (DOMAIN.md; issue 19): the status it may start from, the status it leads to
 * (none: the member leaves the list), and whether a reason and a decision are asked for.
 */
public enum LifeEvent {
    /** Kết nạp: recorded when a probationary member is added to the list. */
    ADMITTED(EnumSet.noneOf(MemberStatus.class), MemberStatus.PROBATIONARY, Need.NO, Need.MAY),
    /** Công nhận đảng viên chính thức, effective when the 12 months of probation end. */
    RECOGNISED(EnumSet.of(MemberStatus.PROBATIONARY), MemberStatus.OFFICIAL, Need.NO, Need.MUST),
    /** Miễn công tác và sinh hoạt đảng, by the cell's decision. */
    EXEMPTED(EnumSet.of(MemberStatus.OFFICIAL), MemberStatus.EXEMPT, Need.MAY, Need.MUST),
    EXEMPTION_ENDED(EnumSet.of(MemberStatus.EXEMPT), null, Need.MAY, Need.MAY),
    /** Sinh hoạt tạm thời elsewhere; the reason is where. */
    AWAY(
            EnumSet.of(MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY, MemberStatus.EXEMPT),
            MemberStatus.AWAY,
            Need.MUST,
            Need.MAY),
    RETURNED(EnumSet.of(MemberStatus.AWAY), null, Need.NO, Need.MAY),
    /** Đình chỉ sinh hoạt đảng. */
    SUSPENDED(
            EnumSet.of(MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY, MemberStatus.EXEMPT),
            MemberStatus.SUSPENDED,
            Need.MAY,
            Need.MUST),
    REINSTATED(EnumSet.of(MemberStatus.SUSPENDED), null, Need.MAY, Need.MAY),
    /** Chuyển sinh hoạt đảng chính thức out of the organisation; the reason is where to. */
    TRANSFERRED(EnumSet.allOf(MemberStatus.class), null, Need.MUST, Need.MAY),
    /** Từ trần. */
    DIED(EnumSet.allOf(MemberStatus.class), null, Need.NO, Need.NO),
    /** Xóa tên khỏi danh sách đảng viên. */
    STRUCK_OFF(EnumSet.allOf(MemberStatus.class), null, Need.MUST, Need.MUST),
    /** Khai trừ khỏi Đảng. */
    EXPELLED(EnumSet.allOf(MemberStatus.class), null, Need.MUST, Need.MUST),
    /** Xin ra khỏi Đảng. */
    RESIGNED(EnumSet.allOf(MemberStatus.class), null, Need.MAY, Need.MAY);

    /** Whether a detail is asked for: not at all, optionally, or always. */
    public enum Need {
        NO,
        MAY,
        MUST
    }

    private final Set<MemberStatus> from;
    private final MemberStatus to;
    private final Need reason;
    private final Need decision;

    LifeEvent(Set<MemberStatus> from, MemberStatus to, Need reason, Need decision) {
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.decision = decision;
    }

    /** Whether a member of {@code status} can go through it now (admission is recorded only when adding a member). */
    public boolean appliesTo(MemberStatus status) {
        return from.contains(status);
    }

    /** Whether the member leaves the list with it. */
    public boolean endsMembership() {
        return this == TRANSFERRED || this == DIED || this == STRUCK_OFF || this == EXPELLED || this == RESIGNED;
    }

    /** Whether it ends an earlier change, restoring the status the member had before it. */
    public boolean restores() {
        return to == null && !endsMembership();
    }

    /** The status it leads to; null when it restores the earlier one or ends the membership. */
    public MemberStatus to() {
        return to;
    }

    public Need reason() {
        return reason;
    }

    public Need decision() {
        return decision;
    }
}

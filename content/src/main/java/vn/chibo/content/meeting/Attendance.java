package vn.chibo.content.meeting;

import vn.chibo.content.org.MemberStatus;

/**
 * One member's attendance, with the status they had on the day (it decides whether they vote) and, for an absentee,
 * the reason given (null: none recorded).
 */
public record Attendance(long memberId, String name, MemberStatus status, Presence presence, String reason) {

    /** The longest reason kept (characters). */
    public static final int MAX_REASON = 300;

    public Attendance(long memberId, String name, MemberStatus status, Presence presence) {
        this(memberId, name, status, presence, null);
    }

    public boolean present() {
        return presence == Presence.PRESENT;
    }

    /**
     * Official members vote on resolutions (an exempt member is official too, but excused from attending); probationary
     * members, members attending elsewhere for now and suspended members do not.
     */
    public boolean votes() {
        return status.votesWhenPresent();
    }

    /** An exempt member who did not come: not expected, so neither absent nor convened. */
    public boolean exemptAway() {
        return status == MemberStatus.EXEMPT && !present();
    }

    /**
     * Whether the member was called to the meeting (số đảng viên được triệu tập): all but exempt members away,
     * members attending elsewhere for now, and suspended members.
     */
    public boolean convened() {
        return status.expected() || status == MemberStatus.EXEMPT && present();
    }
}

package vn.chibo.content.meeting;

import vn.chibo.content.org.MemberStatus;

/** One member's attendance, with the status they had on the day (it decides whether they vote). */
public record Attendance(long memberId, String name, MemberStatus status, Presence presence) {

    public boolean present() {
        return presence == Presence.PRESENT;
    }

    /** Official members vote on resolutions; an exempt member is official too, but excused from attending. */
    public boolean votes() {
        return status != MemberStatus.PROBATIONARY;
    }
}

package vn.chibo.content.meeting;

/** Whether a member attended: present, absent with a reason, absent without one. */
public enum Presence {
    PRESENT,
    ABSENT_EXCUSED,
    ABSENT_UNEXCUSED
}

package vn.chibo.content.notice;

import java.time.Instant;

/** One member's answer to a notice: attending, or absent with {@code reason}. */
public record NoticeReply(long memberId, String memberName, boolean attends, String reason, Instant answeredAt) {

    /** The longest reason kept (characters), as the attendance record keeps it. */
    public static final int MAX_REASON = vn.chibo.content.meeting.Attendance.MAX_REASON;
}

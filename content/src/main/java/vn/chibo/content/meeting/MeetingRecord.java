package vn.chibo.content.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Everything logged about one meeting. Ids of chair, minute-taker and presenter are member ids (presenter may be null). */
public record MeetingRecord(
        long cellId,
        MeetingKind kind,
        LocalDate heldOn,
        LocalTime startsAt,
        LocalTime endsAt,
        String place,
        String topic,
        List<String> documents,
        List<Attendance> attendance,
        String guests,
        Long chairId,
        Long minuteTakerId,
        Long presenterId,
        String results,
        String decisions,
        String nextTasks,
        String conclusion,
        Votes votes,
        List<String> photoFileIds,
        Proceedings proceedings) {

    /** A meeting logged with the first form's questions only (tests, demo data, meetings recorded before 2025's). */
    public MeetingRecord(
            long cellId,
            MeetingKind kind,
            LocalDate heldOn,
            LocalTime startsAt,
            LocalTime endsAt,
            String place,
            String topic,
            List<String> documents,
            List<Attendance> attendance,
            String guests,
            Long chairId,
            Long minuteTakerId,
            Long presenterId,
            String results,
            String decisions,
            String nextTasks,
            String conclusion,
            Votes votes,
            List<String> photoFileIds) {
        this(
                cellId,
                kind,
                heldOn,
                startsAt,
                endsAt,
                place,
                topic,
                documents,
                attendance,
                guests,
                chairId,
                minuteTakerId,
                presenterId,
                results,
                decisions,
                nextTasks,
                conclusion,
                votes,
                photoFileIds,
                Proceedings.NONE);
    }

    /** The same meeting with its documents, attendance and photos as read from their own tables. */
    public MeetingRecord withDetails(List<String> documents, List<Attendance> attendance, List<String> photoFileIds) {
        return new MeetingRecord(
                cellId,
                kind,
                heldOn,
                startsAt,
                endsAt,
                place,
                topic,
                documents,
                attendance,
                guests,
                chairId,
                minuteTakerId,
                presenterId,
                results,
                decisions,
                nextTasks,
                conclusion,
                votes,
                photoFileIds,
                proceedings);
    }

    /** How many members were called to the meeting ({@link Attendance#convened()}). */
    public long convened() {
        return attendance.stream().filter(Attendance::convened).count();
    }

    /** The longest texts the meeting's columns keep (characters); forms refuse longer before saving. */
    public static final int MAX_PLACE = 300;

    public static final int MAX_TOPIC = 1000;
    public static final int MAX_GUESTS = 2000;
    /** Each of results, decisions, next tasks and conclusion, however many messages it was typed in. */
    public static final int MAX_SECTION = 20000;
}

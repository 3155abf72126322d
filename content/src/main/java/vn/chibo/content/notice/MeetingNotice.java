package vn.chibo.content.notice;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import vn.chibo.content.meeting.MeetingKind;

/**
 * A notice sent for one meeting of one cell. {@code materials} are the Telegram file ids of the documents sent with it
 * (at most {@link #MAX_MATERIALS}); chibo keeps the ids, never the files.
 */
public record MeetingNotice(
        long id,
        long cellId,
        MeetingKind kind,
        LocalDateTime startsAt,
        String place,
        String agenda,
        List<String> materials,
        Instant sentAt,
        Long sentBy) {

    /** The longest agenda kept (characters). */
    public static final int MAX_AGENDA = 2000;

    public static final int MAX_PLACE = 300;

    /** Documents one notice carries at most. */
    public static final int MAX_MATERIALS = 5;

    /** What the column keeping the comma-joined file ids holds (characters). */
    public static final int MAX_MATERIAL_CHARS = 1000;

    public MeetingNotice {
        materials = List.copyOf(materials);
    }

    public boolean hasMaterials() {
        return !materials.isEmpty();
    }
}

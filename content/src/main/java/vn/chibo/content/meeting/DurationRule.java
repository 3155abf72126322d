package vn.chibo.content.meeting;

import java.time.Duration;
import java.time.LocalTime;

/** A meeting lasts at least 90 minutes, 120 when monthly and thematic are combined: shorter is flagged, not refused. */
public final class DurationRule {

    public record Outcome(long minutes, long required, boolean tooShort) {}

    private DurationRule() {}

    public static long requiredMinutes(MeetingKind kind) {
        return kind == MeetingKind.COMBINED ? 120 : 90;
    }

    public static Outcome check(MeetingKind kind, LocalTime start, LocalTime end) {
        long minutes = Duration.between(start, end).toMinutes();
        long required = requiredMinutes(kind);
        return new Outcome(minutes, required, minutes < required);
    }
}

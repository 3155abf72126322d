package vn.chibo.content.meeting;

import java.time.Duration;
import java.time.LocalTime;

/**
 * A meeting lasts at least the rule's minutes ({@link MeetingRules}: 90, 120 when monthly and thematic are combined,
 * less where the committee allows small cells less): shorter is flagged, not refused.
 */
public final class DurationRule {

    public record Outcome(long minutes, long required, boolean tooShort) {}

    private DurationRule() {}

    public static Outcome check(long required, LocalTime start, LocalTime end) {
        long minutes = Duration.between(start, end).toMinutes();
        return new Outcome(minutes, required, minutes < required);
    }

    /** With the standard lengths (90, 120 combined). */
    public static Outcome check(MeetingKind kind, LocalTime start, LocalTime end) {
        return check(MeetingRules.standard().minimumMinutes(kind, null), start, end);
    }
}

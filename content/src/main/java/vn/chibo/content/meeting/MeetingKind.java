package vn.chibo.content.meeting;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Thường kỳ (monthly), chuyên đề (thematic), both at once, diễn đàn (forum), a forum held as the quarter's thematic
 * meeting, bất thường (extraordinary).
 */
public enum MeetingKind {
    MONTHLY,
    THEMATIC,
    COMBINED,
    FORUM,
    /** A forum the cell holds as its thematic meeting of the quarter (Hướng dẫn 42-HD/BTCTW allows it). */
    THEMATIC_FORUM,
    EXTRAORDINARY;

    /** Whether it counts as the month's regular meeting. */
    public boolean isMonthly() {
        return this == MONTHLY || this == COMBINED;
    }

    /** Whether it counts as the quarter's thematic session. */
    public boolean isThematic() {
        return this == THEMATIC || this == COMBINED || this == THEMATIC_FORUM;
    }

    public boolean isForum() {
        return this == FORUM || this == THEMATIC_FORUM;
    }

    /** A topic, an opening report and contributions, rather than the month's review and tasks. */
    public boolean hasTopic() {
        return isThematic() || isForum();
    }

    /** The kinds that count as the quarter's thematic meeting. */
    public static Set<MeetingKind> thematic() {
        return Arrays.stream(values()).filter(MeetingKind::isThematic).collect(Collectors.toUnmodifiableSet());
    }

    /** The kinds that count as the month's regular meeting. */
    public static Set<MeetingKind> monthly() {
        return Arrays.stream(values()).filter(MeetingKind::isMonthly).collect(Collectors.toUnmodifiableSet());
    }

    /** {@code kinds} as an SQL list of literals ('A', 'B'): enum names only, never user text. */
    public static String sqlList(Set<MeetingKind> kinds) {
        return kinds.stream().map(k -> "'" + k.name() + "'").sorted().collect(Collectors.joining(", "));
    }
}

package vn.chibo.content.meeting;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The meeting rules' numbers, named and set in one place (application properties {@code chibo.meetings.*}): the
 * shortest meeting (90 minutes, 120 for a monthly meeting combined with a thematic one; a committee may allow its small
 * cells less, see {@code OrgUnits.meetingMinutes}), the absence warning lines (2 months, and the Charter's 3), and the
 * quality frame of Hướng dẫn 42-HD/BTCTW (points per part, 100 in all).
 */
@Component
public class MeetingRules {

    /** Points per part of the quality frame; the defaults are Hướng dẫn 42-HD/BTCTW's as public tools encode it. */
    public record QualityFrame(
            int time, int attendance, int preparation, int conduct, int principles, int results, int closing) {

        public static final QualityFrame HD42 = new QualityFrame(5, 5, 10, 40, 5, 30, 5);

        public int total() {
            return time + attendance + preparation + conduct + principles + results + closing;
        }
    }

    private final int minimumMinutes;
    private final int minimumMinutesCombined;
    private final int absenceWarnMonths;
    private final int absenceRemovalMonths;
    private final QualityFrame frame;

    public MeetingRules(
            @Value("${chibo.meetings.minimum-minutes:90}") int minimumMinutes,
            @Value("${chibo.meetings.minimum-minutes-combined:120}") int minimumMinutesCombined,
            @Value("${chibo.meetings.absence-warn-months:2}") int absenceWarnMonths,
            @Value("${chibo.meetings.absence-removal-months:3}") int absenceRemovalMonths,
            @Value("${chibo.meetings.quality.time:5}") int time,
            @Value("${chibo.meetings.quality.attendance:5}") int attendance,
            @Value("${chibo.meetings.quality.preparation:10}") int preparation,
            @Value("${chibo.meetings.quality.conduct:40}") int conduct,
            @Value("${chibo.meetings.quality.principles:5}") int principles,
            @Value("${chibo.meetings.quality.results:30}") int results,
            @Value("${chibo.meetings.quality.closing:5}") int closing) {
        if (minimumMinutes <= 0 || minimumMinutesCombined < minimumMinutes) {
            throw new IllegalArgumentException(
                    "chibo.meetings.minimum-minutes must be positive and at most the combined one");
        }
        if (absenceWarnMonths < 1 || absenceRemovalMonths < absenceWarnMonths || absenceRemovalMonths > 12) {
            throw new IllegalArgumentException(
                    "chibo.meetings.absence-*-months must satisfy 1 <= warn <= removal <= 12");
        }
        this.minimumMinutes = minimumMinutes;
        this.minimumMinutesCombined = minimumMinutesCombined;
        this.absenceWarnMonths = absenceWarnMonths;
        this.absenceRemovalMonths = absenceRemovalMonths;
        this.frame = new QualityFrame(time, attendance, preparation, conduct, principles, results, closing);
        if (frame.total() != 100) {
            throw new IllegalArgumentException("chibo.meetings.quality.* must add up to 100, not " + frame.total());
        }
    }

    /** The rules as Hướng dẫn 42-HD/BTCTW and the Charter set them. */
    public static MeetingRules standard() {
        QualityFrame f = QualityFrame.HD42;
        return new MeetingRules(
                90,
                120,
                2,
                3,
                f.time(),
                f.attendance(),
                f.preparation(),
                f.conduct(),
                f.principles(),
                f.results(),
                f.closing());
    }

    /** The shortest length of a meeting of {@code kind}, unless the committee allows less ({@code allowed}). */
    public int minimumMinutes(MeetingKind kind, Integer allowed) {
        int rule = kind == MeetingKind.COMBINED ? minimumMinutesCombined : minimumMinutes;
        if (allowed == null || allowed <= 0) {
            return rule;
        }
        // An allowance is for small cells: it shortens both lengths by the same share.
        return kind == MeetingKind.COMBINED ? Math.round((float) rule * allowed / minimumMinutes) : allowed;
    }

    public int absenceWarnMonths() {
        return absenceWarnMonths;
    }

    public int absenceRemovalMonths() {
        return absenceRemovalMonths;
    }

    public QualityFrame frame() {
        return frame;
    }
}

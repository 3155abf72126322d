package vn.chibo.content.meeting;

import java.util.List;

/**
 * The meeting quality score some committees use (DOMAIN.md bands: Tốt ≥ 90 with full marks on
 * attendance, duration, opinions and minutes; Khá 70–89; Trung bình 50–69; Kém < 50), computed from what
 * was logged. Points: attendance 30 (share of expected members present; an excused absence counts half),
 * duration 20 (share of the required length), opinions 25 (results, decisions, next tasks, conclusion
 * recorded), resolution 15 (adopted validly), minutes 10 (time, place, chair, minute-taker recorded).
 */
public final class QualityScore {

    public enum Band {
        TOT,
        KHA,
        TRUNG_BINH,
        KEM
    }

    /** Each part's points with its maximum, the total, and the band. */
    public record Outcome(
            int attendance, int duration, int opinions, int resolution, int minutes, int total, Band band) {
        public static final int ATTENDANCE_MAX = 30;
        public static final int DURATION_MAX = 20;
        public static final int OPINIONS_MAX = 25;
        public static final int RESOLUTION_MAX = 15;
        public static final int MINUTES_MAX = 10;
    }

    /** What the score is computed from. */
    public record Inputs(
            List<Attendance> attendance,
            DurationRule.Outcome duration,
            int contentSectionsFilled,
            boolean resolutionValid,
            int minutesFieldsFilled) {}

    private QualityScore() {}

    public static Outcome of(Inputs in) {
        List<Attendance> expected = in.attendance().stream()
                .filter(a -> a.status() != vn.chibo.content.org.MemberStatus.EXEMPT || a.present())
                .toList();
        double presentShare = expected.isEmpty()
                ? 1
                : expected.stream()
                                .mapToDouble(a -> a.present() ? 1 : a.presence() == Presence.ABSENT_EXCUSED ? 0.5 : 0)
                                .sum()
                        / expected.size();
        int attendance = (int) Math.round(Outcome.ATTENDANCE_MAX * presentShare);
        double durationShare = Math.min(
                1, Math.max(0, (double) in.duration().minutes() / in.duration().required()));
        int duration = (int) Math.round(Outcome.DURATION_MAX * durationShare);
        int opinions = Math.round(Outcome.OPINIONS_MAX * Math.min(4, in.contentSectionsFilled()) / 4f);
        int resolution = in.resolutionValid() ? Outcome.RESOLUTION_MAX : 0;
        int minutes = Math.round(Outcome.MINUTES_MAX * Math.min(4, in.minutesFieldsFilled()) / 4f);
        int total = attendance + duration + opinions + resolution + minutes;
        boolean fullMarks = attendance == Outcome.ATTENDANCE_MAX
                && duration == Outcome.DURATION_MAX
                && opinions == Outcome.OPINIONS_MAX
                && minutes == Outcome.MINUTES_MAX;
        Band band =
                total >= 90 && fullMarks ? Band.TOT : total >= 70 ? Band.KHA : total >= 50 ? Band.TRUNG_BINH : Band.KEM;
        return new Outcome(attendance, duration, opinions, resolution, minutes, total, band);
    }
}

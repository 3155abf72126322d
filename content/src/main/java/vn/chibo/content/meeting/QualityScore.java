package vn.chibo.content.meeting;

import java.util.List;

/**
 * The meeting quality frame of Hướng dẫn 42-HD/BTCTW (100 points; points per part in {@link MeetingRules}), computed
 * from what was logged where the data shows it and from the secretary's answers where it cannot:
 *
 * <ul>
 *   <li>time and length: full when the meeting lasted the rule's minutes, else in proportion;
 *   <li>attendance: share of the convened present (an excused absence counts half) — full from 90%, 80% of the points
 *       from 75%, 60% from 65%, none below;
 *   <li>preparation: notice and materials sent at least a day before (asked);
 *   <li>conduct: three quarters for speakers — full when more than half of those present spoke — and a quarter for
 *       15–30 minutes on members' ideological situation (asked);
 *   <li>principles: democratic centralism, criticism and self-criticism kept (asked), and a valid vote when one was
 *       held;
 *   <li>results of the last resolution: share of its tasks done — bands at 90 / 80 / 70 / 60 / 50%; not applicable
 *       when there was none to review, and then the rest is scaled to 100;
 *   <li>closing: the minutes read back and approved by more than half of those present.
 * </ul>
 *
 * Bands: Tốt ≥ 90, Khá 70–89, Trung bình 50–69, Kém < 50.
 */
public final class QualityScore {

    public enum Band {
        TOT,
        KHA,
        TRUNG_BINH,
        KEM;

        /** The band of a total on 100: Tốt ≥ 90, Khá 70–89, Trung bình 50–69, Kém < 50. */
        public static Band of(int total) {
            return total >= 90 ? TOT : total >= 70 ? KHA : total >= 50 ? TRUNG_BINH : KEM;
        }
    }

    /** The frame's parts. */
    public enum Part {
        TIME,
        ATTENDANCE,
        PREPARATION,
        CONDUCT,
        PRINCIPLES,
        RESULTS,
        CLOSING
    }

    /** One part's points out of its maximum; {@code applies} false when the meeting gives it nothing to measure. */
    public record Score(Part part, int points, int max, boolean applies) {}

    /** Each part's score, the total on 100 and the band. */
    public record Outcome(List<Score> parts, int total, Band band) {
        public Score part(Part part) {
            return parts.stream().filter(s -> s.part() == part).findFirst().orElseThrow();
        }
    }

    /** What the score is computed from. */
    public record Inputs(
            List<Attendance> attendance, DurationRule.Outcome duration, Proceedings proceedings, boolean voteValid) {}

    private QualityScore() {}

    public static Outcome of(Inputs in, MeetingRules.QualityFrame frame) {
        var checks = in.proceedings().selfChecks();
        List<Attendance> convened =
                in.attendance().stream().filter(Attendance::convened).toList();
        long present = convened.stream().filter(Attendance::present).count();
        double presentShare = convened.isEmpty()
                ? 1
                : convened.stream()
                                .mapToDouble(a -> a.present() ? 1 : a.presence() == Presence.ABSENT_EXCUSED ? 0.5 : 0)
                                .sum()
                        / convened.size();
        double attendanceShare = presentShare >= 0.9 ? 1 : presentShare >= 0.75 ? 0.8 : presentShare >= 0.65 ? 0.6 : 0;

        double lengthShare = Math.min(
                1, Math.max(0, (double) in.duration().minutes() / in.duration().required()));

        int conductMax = frame.conduct();
        int ideologyMax = conductMax / 4;
        int speakingMax = conductMax - ideologyMax;
        double speakingShare = present == 0 ? 0 : Math.min(1, in.proceedings().speakers() * 2.0 / (present + 1));
        int conduct = (int) Math.round(speakingMax * speakingShare)
                + (checks.contains(Proceedings.SelfCheck.IDEOLOGY_DISCUSSED) ? ideologyMax : 0);

        boolean principlesKept = checks.contains(Proceedings.SelfCheck.PRINCIPLES_KEPT)
                && (!in.proceedings().voteHeld() || in.voteValid());

        var review = in.proceedings().review();
        boolean reviewed = !review.isEmpty();
        double doneShare = reviewed
                ? (double) review.stream()
                                .filter(Proceedings.ReviewedTask::done)
                                .count()
                        / review.size()
                : 0;
        double resultsShare = doneShare >= 0.9
                ? 1
                : doneShare >= 0.8
                        ? 5 / 6.0
                        : doneShare >= 0.7
                                ? 4 / 6.0
                                : doneShare >= 0.6 ? 3 / 6.0 : doneShare >= 0.5 ? 2 / 6.0 : 1 / 6.0;

        Integer approved = in.proceedings().minutesAgree();
        boolean closed = approved != null && approved * 2 > present;

        List<Score> parts = List.of(
                new Score(Part.TIME, (int) Math.round(frame.time() * lengthShare), frame.time(), true),
                new Score(
                        Part.ATTENDANCE,
                        (int) Math.round(frame.attendance() * attendanceShare),
                        frame.attendance(),
                        true),
                new Score(
                        Part.PREPARATION,
                        checks.contains(Proceedings.SelfCheck.MATERIALS_EARLY) ? frame.preparation() : 0,
                        frame.preparation(),
                        true),
                new Score(Part.CONDUCT, conduct, conductMax, true),
                new Score(Part.PRINCIPLES, principlesKept ? frame.principles() : 0, frame.principles(), true),
                new Score(
                        Part.RESULTS,
                        reviewed ? (int) Math.round(frame.results() * resultsShare) : 0,
                        frame.results(),
                        reviewed),
                new Score(Part.CLOSING, closed ? frame.closing() : 0, frame.closing(), true));
        int points =
                parts.stream().filter(Score::applies).mapToInt(Score::points).sum();
        int max = parts.stream().filter(Score::applies).mapToInt(Score::max).sum();
        int total = max == 0 ? 0 : (int) Math.round(100.0 * points / max);
        return new Outcome(parts, total, Band.of(total));
    }
}

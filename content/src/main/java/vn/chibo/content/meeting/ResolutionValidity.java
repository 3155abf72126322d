package vn.chibo.content.meeting;

import java.util.List;

/**
 * The rule for adopting a resolution (DOMAIN.md): more than half of the convened official members must
 * agree. The base counts every official member, leaving out exempt members who are absent and members
 * attending elsewhere for now or suspended (members who left are no longer on the list). Probationary members do not vote.
 */
public final class ResolutionValidity {

    /** The base, the agreeing votes, whether that is more than half, and how many voters were present. */
    public record Outcome(int base, int agree, boolean valid, int votersPresent) {}

    private ResolutionValidity() {}

    public static Outcome check(List<Attendance> attendance, Votes votes) {
        int base = (int) attendance.stream()
                .filter(Attendance::votes)
                .filter(Attendance::convened)
                .count();
        int votersPresent = (int) attendance.stream()
                .filter(Attendance::votes)
                .filter(Attendance::present)
                .count();
        return new Outcome(base, votes.agree(), 2 * votes.agree() > base, votersPresent);
    }

    /** Whether the counts can be right: nobody votes twice, and only official members present vote. */
    public static boolean addsUp(List<Attendance> attendance, Votes votes) {
        int votersPresent = (int) attendance.stream()
                .filter(Attendance::votes)
                .filter(Attendance::present)
                .count();
        return votes.agree() >= 0 && votes.disagree() >= 0 && votes.abstain() >= 0 && votes.total() <= votersPresent;
    }
}

package vn.chibo.content.commendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.chibo.content.org.Member;

/**
 * A Huy hiệu Đảng for N years of membership goes to members who have held it N years by the decision's date (or
 * today, while there is none). A member whose join date is unknown cannot be checked and is not refused.
 */
public final class BadgeEligibility {

    /** The first member who falls short: how many whole years they hold by {@code asOf}, and when they reach the badge. */
    public record TooYoung(Member member, int yearsHeld, int yearsNeeded, LocalDate asOf, LocalDate reachesOn) {}

    private BadgeEligibility() {}

    public static Optional<TooYoung> check(List<Member> members, int years, LocalDate asOf) {
        for (Member m : members) {
            if (m.partyJoinDate() == null) {
                continue;
            }
            int held = BadgeCalendar.membershipYears(m.partyJoinDate(), asOf);
            if (held < years) {
                return Optional.of(new TooYoung(
                        m, Math.max(0, held), years, asOf, m.partyJoinDate().plusYears(years)));
            }
        }
        return Optional.empty();
    }
}

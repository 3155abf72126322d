package vn.chibo.content.commendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.chibo.content.org.Member;

/**
 * A Huy hiệu Đảng for N years of membership goes to members who have held it N years by the decision's date (or
 * today, while there is none). It may come early to the seriously ill and posthumously (truy tặng): up to 12 months
 * early for 30–65 years, 24 months for 70–90 (DOMAIN.md). Within that window a shortfall is warned, never refused;
 * beyond it, it is refused. A member whose join date is unknown cannot be checked and is not refused.
 */
public final class BadgeEligibility {

    /** The first member who falls short: how many whole years they hold by {@code asOf}, and when they reach the badge. */
    public record TooYoung(Member member, int yearsHeld, int yearsNeeded, LocalDate asOf, LocalDate reachesOn) {}

    private BadgeEligibility() {}

    /** How many months early a badge of {@code years} may be given (to the seriously ill, or posthumously). */
    public static int earlyMonths(int years) {
        return years >= 70 ? 24 : 12;
    }

    /** The first member who falls short by more than the early window: refused. */
    public static Optional<TooYoung> check(List<Member> members, int years, LocalDate asOf) {
        return shortOf(members, years, asOf).stream()
                .filter(t -> t.reachesOn().isAfter(asOf.plusMonths(earlyMonths(years))))
                .findFirst();
    }

    /** The members who fall short but within the early window: given early, with a warning. */
    public static List<TooYoung> early(List<Member> members, int years, LocalDate asOf) {
        return shortOf(members, years, asOf).stream()
                .filter(t -> !t.reachesOn().isAfter(asOf.plusMonths(earlyMonths(years))))
                .toList();
    }

    private static List<TooYoung> shortOf(List<Member> members, int years, LocalDate asOf) {
        List<TooYoung> found = new java.util.ArrayList<>();
        for (Member m : members) {
            if (m.partyJoinDate() == null) {
                continue;
            }
            int held = BadgeCalendar.membershipYears(m.partyJoinDate(), asOf);
            if (held < years) {
                found.add(new TooYoung(
                        m, Math.max(0, held), years, asOf, m.partyJoinDate().plusYears(years)));
            }
        }
        return found;
    }
}

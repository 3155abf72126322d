package vn.chibo.content.commendation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberEvents;

/**
 * When members reach the membership years of a Huy hiệu Đảng (30, 40, 45, ... 90), by award date: badges are
 * presented on 3/2, 19/5, 2/9 and 7/11 (DOMAIN.md). A member who reaches N years after one award date and on
 * or before the next is due at that next one, unless the badge for N years is already recorded.
 */
public final class BadgeCalendar {

    public static final List<MonthDay> AWARD_DAYS =
            List.of(MonthDay.of(2, 3), MonthDay.of(5, 19), MonthDay.of(9, 2), MonthDay.of(11, 7));

    /** One member due a badge at an award date. */
    public record Due(Member member, int years, LocalDate reachedOn) {}

    /** The members due at one award date, by name. */
    public record Occasion(LocalDate awardDate, List<Due> due) {}

    /** A member who died, to whom the badge of {@code years} may be awarded posthumously (truy tặng). */
    public record Posthumous(Member member, int years, LocalDate diedOn) {}

    /** How many months short of a badge's years a member who died may still be awarded it posthumously (DOMAIN.md). */
    public static final int POSTHUMOUS_EARLY_MONTHS = 12;

    /** How long after a death chibo offers the member for a posthumous badge, in the calendar and the award form. */
    public static final int POSTHUMOUS_WINDOW_MONTHS = 24;

    private BadgeCalendar() {}

    /**
     * The members who died to whom a badge may be awarded posthumously: the highest badge whose years they had
     * reached, or would have within 12 months of their death, above any badge already recorded for them. By date of
     * death. {@code held}: badge years already recorded per member id.
     */
    public static List<Posthumous> posthumous(List<MemberEvents.Departed> died, Map<Long, Set<Integer>> held) {
        List<Posthumous> due = new ArrayList<>();
        for (MemberEvents.Departed d : died) {
            LocalDate joined = d.member().partyJoinDate();
            if (joined == null) {
                continue;
            }
            Set<Integer> has = held.getOrDefault(d.member().id(), Set.of());
            int highestHeld = has.stream().mapToInt(Integer::intValue).max().orElse(0);
            LocalDate limit = d.on().plusMonths(POSTHUMOUS_EARLY_MONTHS);
            AwardForm.BADGE_YEARS.stream()
                    .filter(years ->
                            years > highestHeld && !joined.plusYears(years).isAfter(limit))
                    .max(Integer::compare)
                    .ifPresent(years -> due.add(new Posthumous(d.member(), years, d.on())));
        }
        return due;
    }

    /** Whole years of membership on {@code day}; -1 when the join date is unknown or later. */
    public static int membershipYears(LocalDate joined, LocalDate day) {
        if (joined == null || joined.isAfter(day)) {
            return -1;
        }
        return Period.between(joined, day).getYears();
    }

    /** The next {@code count} award dates after {@code today}. */
    public static List<LocalDate> nextAwardDates(LocalDate today, int count) {
        List<LocalDate> dates = new ArrayList<>();
        for (int year = today.getYear(); dates.size() < count; year++) {
            for (MonthDay day : AWARD_DAYS) {
                LocalDate date = day.atYear(year);
                if (date.isAfter(today) && dates.size() < count) {
                    dates.add(date);
                }
            }
        }
        return dates;
    }

    /** The award date before {@code date} (which is itself an award date or any day). */
    static LocalDate previousAwardDate(LocalDate date) {
        for (int year = date.getYear(); ; year--) {
            for (int i = AWARD_DAYS.size() - 1; i >= 0; i--) {
                LocalDate candidate = AWARD_DAYS.get(i).atYear(year);
                if (candidate.isBefore(date)) {
                    return candidate;
                }
            }
        }
    }

    /**
     * For each of the next {@code count} award dates after {@code today}, the members who reach a badge's years
     * in the window that ends on it. {@code held}: badge years already recorded per member id.
     */
    public static List<Occasion> upcoming(
            List<Member> members, Map<Long, Set<Integer>> held, LocalDate today, int count) {
        List<Occasion> occasions = new ArrayList<>();
        for (LocalDate award : nextAwardDates(today, count)) {
            LocalDate windowStart = previousAwardDate(award);
            List<Due> due = new ArrayList<>();
            for (Member member : members) {
                if (member.partyJoinDate() == null) {
                    continue;
                }
                for (int years : AwardForm.BADGE_YEARS) {
                    LocalDate reached = member.partyJoinDate().plusYears(years);
                    boolean inWindow = reached.isAfter(windowStart) && !reached.isAfter(award);
                    if (inWindow && !held.getOrDefault(member.id(), Set.of()).contains(years)) {
                        due.add(new Due(member, years, reached));
                    }
                }
            }
            due.sort(Comparator.comparing((Due d) -> -d.years())
                    .thenComparing(d -> d.member().fullName()));
            occasions.add(new Occasion(award, List.copyOf(due)));
        }
        return occasions;
    }
}

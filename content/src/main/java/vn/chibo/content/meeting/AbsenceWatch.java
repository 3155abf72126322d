package vn.chibo.content.meeting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A member who misses party activities 3 months in a year without a valid reason is considered for removal
 * (DOMAIN.md); the secretary wants to know at 2. Counts distinct months with an unexcused absence in the 12 months
 * ending with {@code month}. Both lines are {@link MeetingRules}'.
 */
public final class AbsenceWatch {

    /** A member at or past the warning line, with the months counted and whether the removal line is reached. */
    public record Flag(long memberId, String name, Set<YearMonth> months, boolean atRemoval) {}

    private AbsenceWatch() {}

    /** With the standard lines (2 and 3 months). */
    public static List<Flag> check(Map<Long, Set<YearMonth>> history, List<Attendance> now, YearMonth month) {
        return check(history, now, month, MeetingRules.standard());
    }

    /** @param history unexcused-absence months per member id (earlier meetings); @param now this meeting's attendance */
    public static List<Flag> check(
            Map<Long, Set<YearMonth>> history, List<Attendance> now, YearMonth month, MeetingRules rules) {
        YearMonth from = month.minusMonths(11);
        List<Flag> flags = new ArrayList<>();
        for (Attendance a : now) {
            Set<YearMonth> months = new TreeSet<>();
            history.getOrDefault(a.memberId(), Set.of()).stream()
                    .filter(m -> !m.isBefore(from) && !m.isAfter(month))
                    .forEach(months::add);
            if (a.presence() == Presence.ABSENT_UNEXCUSED) {
                months.add(month);
            }
            if (months.size() >= rules.absenceWarnMonths() && a.presence() == Presence.ABSENT_UNEXCUSED) {
                flags.add(new Flag(
                        a.memberId(), a.name(), Set.copyOf(months), months.size() >= rules.absenceRemovalMonths()));
            }
        }
        return flags;
    }
}

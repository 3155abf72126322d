package vn.chibo.content.meeting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A member who misses party activities 3 months in a year without a valid reason is considered for
 * removal (DOMAIN.md); the secretary wants to know at 2. Counts distinct months with an unexcused
 * absence in the 12 months ending with {@code month}.
 */
public final class AbsenceWatch {

    /** A member at or past the warning line, with the months counted. */
    public record Flag(long memberId, String name, Set<YearMonth> months) {
        public boolean atThree() {
            return months.size() >= 3;
        }
    }

    public static final int WARN_AT = 2;

    private AbsenceWatch() {}

    /** @param history unexcused-absence months per member id (earlier meetings); @param now this meeting's attendance */
    public static List<Flag> check(Map<Long, Set<YearMonth>> history, List<Attendance> now, YearMonth month) {
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
            if (months.size() >= WARN_AT && a.presence() == Presence.ABSENT_UNEXCUSED) {
                flags.add(new Flag(a.memberId(), a.name(), Set.copyOf(months)));
            }
        }
        return flags;
    }
}

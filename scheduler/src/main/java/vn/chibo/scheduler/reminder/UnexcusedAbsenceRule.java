package vn.chibo.scheduler.reminder;

import java.util.List;
import vn.chibo.content.meeting.Absences.Absentee;

/**
 * The Charter's rule (art. 8): a member absent from the cell's meetings, or not paying dues, without a valid reason in
 * 3 months of a year is considered for removal (xóa tên). A cell is told from the warning line (2 months, {@code MeetingRules}), while more
 * absences would reach it, and at the removal line or past it: worded apart, as the two call for different things.
 */
final class UnexcusedAbsenceRule {

    private UnexcusedAbsenceRule() {}

    /**
     * The cell's notice: {@code absentees} (already at the warning line or past it) below {@code removalMonths} apart
     * from those at it or past it.
     */
    static Notice.UnexcusedAbsences notice(String cell, List<Absentee> absentees, int removalMonths) {
        return notice(cell, absentees, List.of(), removalMonths);
    }

    /** The same, with the members behind on their dues ({@code unpaid}, counted in months as absences are). */
    static Notice.UnexcusedAbsences notice(
            String cell, List<Absentee> absentees, List<Absentee> unpaid, int removalMonths) {
        return new Notice.UnexcusedAbsences(
                cell,
                below(absentees, removalMonths),
                atOrPast(absentees, removalMonths),
                below(unpaid, removalMonths),
                atOrPast(unpaid, removalMonths));
    }

    private static List<String> below(List<Absentee> members, int removalMonths) {
        return members.stream()
                .filter(a -> a.months() < removalMonths)
                .map(Absentee::name)
                .toList();
    }

    private static List<Absentee> atOrPast(List<Absentee> members, int removalMonths) {
        return members.stream().filter(a -> a.months() >= removalMonths).toList();
    }
}

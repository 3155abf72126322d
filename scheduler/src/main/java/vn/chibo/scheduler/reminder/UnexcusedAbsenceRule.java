package vn.chibo.scheduler.reminder;

import java.util.List;
import vn.chibo.content.meeting.Absences.Absentee;

/**
 * The Charter's rule (art. 8): a member absent from the cell's meetings without a valid reason in 3 months of a year is
 * considered for removal (xóa tên). A cell is told from the warning line (2 months, {@code MeetingRules}), while more
 * absences would reach it, and at the removal line or past it: worded apart, as the two call for different things.
 */
final class UnexcusedAbsenceRule {

    private UnexcusedAbsenceRule() {}

    /**
     * The cell's notice: {@code absentees} (already at the warning line or past it) below {@code removalMonths} apart
     * from those at it or past it.
     */
    static Notice.UnexcusedAbsences notice(String cell, List<Absentee> absentees, int removalMonths) {
        return new Notice.UnexcusedAbsences(
                cell,
                absentees.stream()
                        .filter(a -> a.months() < removalMonths)
                        .map(Absentee::name)
                        .toList(),
                absentees.stream().filter(a -> a.months() >= removalMonths).toList());
    }
}

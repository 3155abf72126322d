package vn.chibo.scheduler.reminder;

import java.util.List;
import vn.chibo.content.meeting.Absences.Absentee;

/**
 * The Charter's rule (art. 8): a member absent from the cell's meetings without a valid reason in 3 months of a year is
 * considered for removal (xóa tên). A cell is told at 2 months, while one more absence would reach it, and at 3 or
 * more, once it is reached: worded apart, as the two call for different things.
 */
final class UnexcusedAbsenceRule {

    /** From how many months a member is named at all. */
    static final int WARN_AT = 2;
    /** The months that make a member eligible for removal. */
    static final int THRESHOLD = 3;

    private UnexcusedAbsenceRule() {}

    /** The cell's notice: members at two months apart from those at the threshold or past it. */
    static Notice.UnexcusedAbsences notice(String cell, List<Absentee> absentees) {
        return new Notice.UnexcusedAbsences(
                cell,
                absentees.stream()
                        .filter(a -> a.months() >= WARN_AT && a.months() < THRESHOLD)
                        .map(Absentee::name)
                        .toList(),
                absentees.stream().filter(a -> a.months() >= THRESHOLD).toList());
    }
}

package vn.chibo.content.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chibo.content.org.OrgUnit;

/**
 * A reporting deadline set by a committee: due first on {@code firstDueOn}, then every {@code periodMonths}
 * months (0: once), for the organisations {@code targets} names ({@code unitIds} lists those picked). A deadline
 * rolled down from the one above names it as {@code parentId}.
 */
public record Deadline(
        long id,
        long committeeId,
        String title,
        LocalDate firstDueOn,
        int periodMonths,
        Targets targets,
        List<Long> unitIds,
        Long parentId) {

    /** Who a deadline asks. */
    public enum Targets {
        /** The committee's directly subordinate organisations, as committees count (the default). */
        DIRECT,
        /** Every cell of the committee's subtree, now and later. */
        CELLS,
        /** The organisations picked. */
        CHOSEN
    }

    /** What a deadline's figures count, to say so beside them ("41/61 tổ chức đảng trực thuộc"). */
    public enum Counted {
        /** Cells only. */
        CELLS,
        /** The directly subordinate organisations, committees among them. */
        DIRECT,
        /** Organisations picked, committees among them. */
        UNITS;

        /** What {@code targets} of {@code deadline} are counted as. */
        public static Counted of(Deadline deadline, List<OrgUnit> targets) {
            if (targets.stream().allMatch(OrgUnit::isCell)) {
                return CELLS;
            }
            return deadline.targets() == Targets.DIRECT ? DIRECT : UNITS;
        }
    }

    public boolean rolledDown() {
        return parentId != null;
    }

    public boolean recurring() {
        return periodMonths > 0;
    }

    /** Its first due date on or after {@code day}, if any. */
    public Optional<LocalDate> nextDueFrom(LocalDate day) {
        if (!recurring()) {
            return firstDueOn.isBefore(day) ? Optional.empty() : Optional.of(firstDueOn);
        }
        for (int k = 0; ; k++) {
            LocalDate due = firstDueOn.plusMonths((long) k * periodMonths);
            if (!due.isBefore(day)) {
                return Optional.of(due);
            }
        }
    }

    /**
     * Its due dates between {@code from} and {@code to}, both included. Each is counted from the first due date, so a
     * deadline on the 31st falls on the last day of shorter months and returns to the 31st after them.
     */
    public List<LocalDate> dueDatesBetween(LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        if (!recurring()) {
            if (!firstDueOn.isBefore(from) && !firstDueOn.isAfter(to)) {
                dates.add(firstDueOn);
            }
            return dates;
        }
        for (int k = 0; ; k++) {
            LocalDate due = firstDueOn.plusMonths((long) k * periodMonths);
            if (due.isAfter(to)) {
                return dates;
            }
            if (!due.isBefore(from)) {
                dates.add(due);
            }
        }
    }
}

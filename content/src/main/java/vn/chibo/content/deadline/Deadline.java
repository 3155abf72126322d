package vn.chibo.content.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A reporting deadline set by a committee: due first on {@code firstDueOn}, then every {@code periodMonths}
 * months (0: once). {@code cellIds} lists its cells unless {@code allCells}, meaning every cell of the subtree.
 */
public record Deadline(
        long id,
        long committeeId,
        String title,
        LocalDate firstDueOn,
        int periodMonths,
        boolean allCells,
        List<Long> cellIds) {

    public boolean recurring() {
        return periodMonths > 0;
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

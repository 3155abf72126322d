package vn.chibo.content.dues;

import java.time.YearMonth;
import java.util.List;

/**
 * A cell's dues for one month as recorded: how many of its current members paid, of how many were recorded, and who
 * did not (by name). {@code recorded} is 0 when the month was not entered.
 */
public record MonthOfDues(YearMonth month, int paid, int recorded, List<String> unpaid) {

    public MonthOfDues {
        unpaid = List.copyOf(unpaid);
    }

    public boolean entered() {
        return recorded > 0;
    }
}

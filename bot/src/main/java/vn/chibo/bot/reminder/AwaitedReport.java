package vn.chibo.bot.reminder;

import java.time.LocalDate;

/** The submission a report file would go with, while chibo waits for it. Kept as JSON in the conversation. */
public final class AwaitedReport {
    public long deadlineId;
    public long cellId;
    public String dueOn;
    public String title;

    static AwaitedReport of(long deadlineId, long cellId, LocalDate dueOn, String title) {
        AwaitedReport state = new AwaitedReport();
        state.deadlineId = deadlineId;
        state.cellId = cellId;
        state.dueOn = dueOn.toString();
        state.title = title;
        return state;
    }
}

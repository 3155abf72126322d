package vn.chibo.bot.reminder;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.time.LocalDate;

/** The submission a report file would go with, while chibo waits for it. Kept as JSON in the conversation. */
public final class AwaitedReport {
    public long deadlineId;
    /** The organisation submitting; read from "cellId" in a conversation kept from before reports went to committees. */
    @JsonAlias("cellId")
    public long unitId;

    public String dueOn;
    public String title;

    static AwaitedReport of(long deadlineId, long unitId, LocalDate dueOn, String title) {
        AwaitedReport state = new AwaitedReport();
        state.deadlineId = deadlineId;
        state.unitId = unitId;
        state.dueOn = dueOn.toString();
        state.title = title;
        return state;
    }
}

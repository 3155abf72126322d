package vn.chibo.content.plan;

import java.time.LocalDate;

/** A committee's plan for {@code year}, to be registered by {@code dueOn} by the organisations {@code targets} names. */
public record AnnualPlan(long id, long committeeId, int year, LocalDate dueOn, Targets targets) {

    /** Who registers: the committee's directly subordinate organisations (the default), or every cell of it. */
    public enum Targets {
        DIRECT,
        CELLS
    }
}

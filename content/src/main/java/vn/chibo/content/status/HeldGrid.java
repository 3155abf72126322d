package vn.chibo.content.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.BitSet;
import java.util.List;

/**
 * Which cells held a monthly meeting in which month, and a thematic one in which quarter, between two days: one
 * bit per cell and month and one per cell and quarter, addressed by the cell's position in its {@link UnitIndex}.
 * A year of a 52,000-cell committee is about 100 KB of bits where sets of boxed (cell, month) keys took tens of
 * megabytes and most of the query's time.
 */
final class HeldGrid {

    private final UnitIndex cells;
    private final int firstMonth;
    private final int monthSpan;
    private final int firstQuarter;
    private final int quarterSpan;
    private final BitSet monthly = new BitSet();
    private final BitSet thematic = new BitSet();

    HeldGrid(UnitIndex cells, LocalDate from, LocalDate to) {
        this.cells = cells;
        this.firstMonth = monthNumber(from.getYear(), from.getMonthValue());
        this.monthSpan = monthNumber(to.getYear(), to.getMonthValue()) - firstMonth + 1;
        this.firstQuarter = quarterNumber(from.getYear(), from.getMonthValue());
        this.quarterSpan = quarterNumber(to.getYear(), to.getMonthValue()) - firstQuarter + 1;
    }

    /**
     * Records a meeting held in the month numbered {@code month} ({@link #monthNumber}: year × 12 + month − 1), as the
     * month's regular meeting, the quarter's thematic one, both or neither. One of a cell not in the index, or a month
     * outside the grid, is ignored.
     */
    void record(long cellId, int month, boolean monthlyMeeting, boolean thematicMeeting) {
        int position = cells.positionOf(cellId);
        if (position < 0) {
            return;
        }
        int column = month - firstMonth;
        if (monthlyMeeting && column >= 0 && column < monthSpan) {
            monthly.set(position * monthSpan + column);
        }
        int quarter = (month / 12) * 4 + (month % 12) / 3 - firstQuarter;
        if (thematicMeeting && quarter >= 0 && quarter < quarterSpan) {
            thematic.set(position * quarterSpan + quarter);
        }
    }

    /** The grid's columns for {@code months}, computed once for every cell; -1 for a month outside it. */
    int[] monthColumns(List<YearMonth> months) {
        int[] columns = new int[months.size()];
        for (int i = 0; i < columns.length; i++) {
            int month = monthNumber(months.get(i).getYear(), months.get(i).getMonthValue()) - firstMonth;
            columns[i] = month >= 0 && month < monthSpan ? month : -1;
        }
        return columns;
    }

    /** The grid's columns for quarters written "2026-4" ({@link Period#quartersBegunBy}); -1 outside it. */
    int[] quarterColumns(List<String> quarters) {
        int[] columns = new int[quarters.size()];
        for (int i = 0; i < columns.length; i++) {
            String q = quarters.get(i);
            int dash = q.indexOf('-');
            int quarter = Integer.parseInt(q.substring(0, dash)) * 4 + Integer.parseInt(q.substring(dash + 1)) - 1;
            columns[i] =
                    quarter - firstQuarter >= 0 && quarter - firstQuarter < quarterSpan ? quarter - firstQuarter : -1;
        }
        return columns;
    }

    /** How many of the month columns the cell at {@code position} held a monthly meeting in. */
    int monthlyHeld(int position, int[] monthColumns) {
        return count(monthly, position * monthSpan, monthColumns);
    }

    /** How many of the quarter columns the cell at {@code position} held a thematic meeting in. */
    int thematicHeld(int position, int[] quarterColumns) {
        return count(thematic, position * quarterSpan, quarterColumns);
    }

    private static int count(BitSet bits, int rowStart, int[] columns) {
        int held = 0;
        for (int column : columns) {
            if (column >= 0 && bits.get(rowStart + column)) {
                held++;
            }
        }
        return held;
    }

    /** A month as one number, year × 12 + month − 1: what the status queries turn a meeting's day into. */
    static int monthNumber(int year, int month) {
        return year * 12 + month - 1;
    }

    private static int quarterNumber(int year, int month) {
        return year * 4 + (month - 1) / 3;
    }
}

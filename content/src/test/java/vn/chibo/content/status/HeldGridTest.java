package vn.chibo.content.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;

class HeldGridTest {

    /** Listed out of id order, as a path-ordered query returns them: positions follow the list, not the ids. */
    private final List<OrgUnit> cells = List.of(cell(907), cell(12), cell(455));

    private final UnitIndex index = UnitIndex.of(cells);

    @Test
    void aCellsPositionIsItsPlaceInTheListAndAStrangerHasNone() {
        assertThat(index.positionOf(907)).isEqualTo(0);
        assertThat(index.positionOf(12)).isEqualTo(1);
        assertThat(index.positionOf(455)).isEqualTo(2);
        assertThat(index.positionOf(13)).isEqualTo(-1);
        assertThat(index.contains(455)).isTrue();
        assertThat(index.contains(456)).isFalse();
        assertThat(index.ids()).containsExactly(12L, 455L, 907L);
    }

    @Test
    void eachMeetingCountsForItsOwnCellMonthAndQuarterOnly() {
        HeldGrid grid = new HeldGrid(index, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        record(grid, 12, LocalDate.of(2026, 3, 5), MeetingKind.MONTHLY);
        record(grid, 12, LocalDate.of(2026, 3, 20), MeetingKind.MONTHLY); // a second one the same month
        record(grid, 12, LocalDate.of(2026, 5, 2), MeetingKind.COMBINED);
        record(grid, 455, LocalDate.of(2026, 2, 9), MeetingKind.THEMATIC_FORUM);
        record(grid, 455, LocalDate.of(2026, 4, 9), MeetingKind.FORUM); // neither monthly nor thematic
        record(grid, 455, LocalDate.of(2026, 6, 9), MeetingKind.EXTRAORDINARY);

        int[] months = grid.monthColumns(List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 5)));
        int[] quarters = grid.quarterColumns(List.of("2026-1", "2026-2"));

        assertThat(grid.monthlyHeld(1, months)).isEqualTo(2); // March and May
        assertThat(grid.thematicHeld(1, quarters)).isEqualTo(1); // the combined one, second quarter
        assertThat(grid.monthlyHeld(2, months)).isZero();
        assertThat(grid.thematicHeld(2, quarters)).isEqualTo(1); // first quarter
        assertThat(grid.monthlyHeld(0, months)).isZero();
        assertThat(grid.thematicHeld(0, quarters)).isZero();
        assertThat(grid.thematicHeld(1, grid.quarterColumns(List.of("2026-1")))).isZero();
    }

    @Test
    void aStrangersMeetingAndADayOutsideTheGridAreIgnored() {
        HeldGrid grid = new HeldGrid(index, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
        record(grid, 13, LocalDate.of(2026, 4, 3), MeetingKind.COMBINED);
        record(grid, 907, LocalDate.of(2026, 3, 31), MeetingKind.COMBINED);
        record(grid, 907, LocalDate.of(2026, 7, 1), MeetingKind.COMBINED);

        int[] months = grid.monthColumns(List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 4), YearMonth.of(2026, 7)));
        assertThat(months).containsExactly(-1, 0, -1);
        for (int position = 0; position < cells.size(); position++) {
            assertThat(grid.monthlyHeld(position, months)).isZero();
            assertThat(grid.thematicHeld(position, grid.quarterColumns(List.of("2026-1", "2026-2", "2026-3"))))
                    .isZero();
        }
    }

    @Test
    void aRangeAcrossTheNewYearKeepsItsMonthsAndQuartersApart() {
        HeldGrid grid = new HeldGrid(index, LocalDate.of(2025, 11, 15), LocalDate.of(2026, 2, 10));
        record(grid, 907, LocalDate.of(2025, 12, 1), MeetingKind.COMBINED);
        record(grid, 907, LocalDate.of(2026, 1, 30), MeetingKind.MONTHLY);

        assertThat(grid.monthlyHeld(0, grid.monthColumns(List.of(YearMonth.of(2025, 12)))))
                .isEqualTo(1);
        assertThat(grid.monthlyHeld(0, grid.monthColumns(List.of(YearMonth.of(2026, 1)))))
                .isEqualTo(1);
        assertThat(grid.monthlyHeld(0, grid.monthColumns(List.of(YearMonth.of(2025, 11), YearMonth.of(2026, 2)))))
                .isZero();
        assertThat(grid.thematicHeld(0, grid.quarterColumns(List.of("2025-4")))).isEqualTo(1);
        assertThat(grid.thematicHeld(0, grid.quarterColumns(List.of("2026-1")))).isZero();
        // the same cell's neighbours in the bit rows are untouched
        assertThat(grid.monthlyHeld(1, grid.monthColumns(List.of(YearMonth.of(2025, 12), YearMonth.of(2026, 1)))))
                .isZero();
    }

    @Test
    void idsSpreadFarApartAreFoundAsWellAsDenseOnes() {
        List<OrgUnit> spread = List.of(cell(5_000_000_000L), cell(7), cell(90_000));
        UnitIndex sparse = UnitIndex.of(spread);
        assertThat(sparse.positionOf(5_000_000_000L)).isEqualTo(0);
        assertThat(sparse.positionOf(7)).isEqualTo(1);
        assertThat(sparse.positionOf(90_000)).isEqualTo(2);
        assertThat(sparse.positionOf(8)).isEqualTo(-1);
        assertThat(sparse.ids()).containsExactly(7L, 90_000L, 5_000_000_000L);
        assertThat(UnitIndex.of(List.of()).positionOf(7)).isEqualTo(-1);
        UnitIndex ends = UnitIndex.of(List.of(cell(Long.MAX_VALUE), cell(Long.MIN_VALUE + 1)));
        assertThat(ends.positionOf(Long.MAX_VALUE)).isEqualTo(0);
        assertThat(ends.positionOf(Long.MIN_VALUE + 1)).isEqualTo(1);
        assertThat(ends.positionOf(0)).isEqualTo(-1);
        assertThat(index.positionOf(Long.MIN_VALUE)).isEqualTo(-1);
        assertThat(index.positionOf(Long.MAX_VALUE)).isEqualTo(-1);
    }

    private static void record(HeldGrid grid, long cellId, LocalDate day, MeetingKind kind) {
        grid.record(
                cellId, HeldGrid.monthNumber(day.getYear(), day.getMonthValue()), kind.isMonthly(), kind.isThematic());
    }

    private static OrgUnit cell(long id) {
        return new OrgUnit(id, 1L, OrgKind.CELL, "Chi bộ " + id, "CB" + id, "/1/" + id + "/");
    }
}

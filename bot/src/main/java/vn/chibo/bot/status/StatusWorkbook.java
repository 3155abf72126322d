package vn.chibo.bot.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.sheet.PrintedSheet;
import vn.chibo.content.status.Overview;
import vn.chibo.content.status.Period;
import vn.chibo.content.status.StatusQueries;
import vn.chibo.scheduler.reminder.ReminderTexts;

/**
 * The overview and the per-cell table as an .xlsx made to be printed: sheet "Tổng quan" and sheet "Chi bộ" (one row
 * per cell), each with its title, a header repeated on every A4 page, borders, and numbers as numbers.
 */
@Component
class StatusWorkbook {

    private final StatusQueries queries;
    private final Texts texts;
    private final ReminderTexts reminderTexts;
    private final PeriodLabels labels;

    StatusWorkbook(StatusQueries queries, Texts texts, PeriodLabels labels, ReminderTexts reminderTexts) {
        this.reminderTexts = reminderTexts;
        this.queries = queries;
        this.texts = texts;
        this.labels = labels;
    }

    /** Column widths of the per-cell table, in characters: every header reads whole, wrapped in two or three lines. */
    static final int[] CELL_WIDTHS = {5, 32, 30, 24, 16, 16, 16, 16};

    static final int[] SUMMARY_WIDTHS = {56, 14, 14, 12};

    byte[] render(OrgUnit unit, Period period) {
        Overview o = queries.overview(unit, period);
        String title = texts.t("status.xlsx.title", unit.name(), labels.of(period));
        // Streaming: a committee's table has thousands of rows; only a window of them is kept in memory.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PrintedSheet summary = new PrintedSheet(
                    workbook,
                    texts.t("status.xlsx.summary_sheet"),
                    title,
                    new String[] {
                        texts.t("status.xlsx.what"),
                        texts.t("status.xlsx.done"),
                        texts.t("status.xlsx.expected"),
                        texts.t("status.xlsx.percent")
                    },
                    SUMMARY_WIDTHS);
            tally(summary, texts.t("status.xlsx.monthly"), o.monthly());
            tally(summary, texts.t("status.xlsx.thematic"), o.thematic());
            summary.line()
                    .text(texts.t("status.xlsx.cells"))
                    .number(o.cells())
                    .text(null)
                    .text(null);
            summary.line()
                    .text(texts.t("status.xlsx.flagged"))
                    .number(o.flaggedMembers())
                    .text(null)
                    .text(null);
            for (Overview.DeadlineStatus d : o.deadlines()) {
                tally(
                        summary,
                        texts.t(
                                "status.xlsx.deadline",
                                d.title(),
                                d.dueOn().format(PartyCalendar.DAY),
                                reminderTexts.counted(d.counted())),
                        new Overview.Tally(d.submitted(), d.total()));
            }
            summary.finish();

            PrintedSheet table = new PrintedSheet(
                    workbook,
                    texts.t("status.xlsx.cells_sheet"),
                    title,
                    new String[] {
                        texts.t("status.xlsx.no"),
                        texts.t("status.xlsx.cell"),
                        texts.t("status.xlsx.under"),
                        texts.t("status.xlsx.secretary"),
                        texts.t("status.xlsx.months_met"),
                        texts.t("status.xlsx.months"),
                        texts.t("status.xlsx.thematic_met"),
                        texts.t("status.xlsx.quarters")
                    },
                    CELL_WIDTHS);
            int n = 1;
            for (StatusQueries.CellRow cell : queries.perCell(unit, period)) {
                StatusQueries.CellLine line = cell.line();
                boolean direct =
                        line.child() == null || line.child().id() == line.cell().id();
                table.line()
                        .number(n++)
                        .text(line.cell().name())
                        .text(direct ? unit.name() : line.child().name())
                        .text(line.secretary())
                        .number(cell.monthly().done())
                        .number(cell.monthly().expected())
                        .number(cell.thematic().done())
                        .number(cell.thematic().expected());
            }
            table.finish();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void tally(PrintedSheet sheet, String label, Overview.Tally tally) {
        sheet.line().text(label).number(tally.done()).number(tally.expected()).number(tally.percent());
    }
}

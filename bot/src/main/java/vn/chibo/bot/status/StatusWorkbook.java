package vn.chibo.bot.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.status.Overview;
import vn.chibo.content.status.Period;
import vn.chibo.content.status.StatusQueries;

/** The overview and the per-cell table as an .xlsx: sheet "Tổng quan" and sheet "Chi bộ" (one row per cell). */
@Component
class StatusWorkbook {

    private final StatusQueries queries;
    private final Texts texts;
    private final PeriodLabels labels;

    StatusWorkbook(StatusQueries queries, Texts texts, PeriodLabels labels) {
        this.queries = queries;
        this.texts = texts;
        this.labels = labels;
    }

    byte[] render(OrgUnit unit, Period period) {
        Overview o = queries.overview(unit, period);
        // Streaming: a committee's table has thousands of rows; only a window of them is kept in memory.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);

            Sheet summary = workbook.createSheet(texts.t("status.xlsx.summary_sheet"));
            row(summary, 0, heading, texts.t("status.title", unit.name(), labels.of(period)));
            row(
                    summary,
                    2,
                    heading,
                    texts.t("status.xlsx.what"),
                    texts.t("status.xlsx.done"),
                    texts.t("status.xlsx.expected"),
                    texts.t("status.xlsx.percent"));
            numbers(summary, 3, texts.t("status.xlsx.monthly"), o.monthly());
            numbers(summary, 4, texts.t("status.xlsx.thematic"), o.thematic());
            Row cells = summary.createRow(5);
            cells.createCell(0).setCellValue(texts.t("status.xlsx.cells"));
            cells.createCell(1).setCellValue(o.cells());
            Row flagged = summary.createRow(6);
            flagged.createCell(0).setCellValue(texts.t("status.xlsx.flagged"));
            flagged.createCell(1).setCellValue(o.flaggedMembers());
            int r = 8;
            for (Overview.DeadlineStatus d : o.deadlines()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(d.title() + " (" + d.dueOn().format(PartyCalendar.DAY) + ")");
                row.createCell(1).setCellValue(d.submitted());
                row.createCell(2).setCellValue(d.total());
            }
            summary.setColumnWidth(0, 60 * 256);

            SXSSFSheet table = workbook.createSheet(texts.t("status.xlsx.cells_sheet"));
            row(
                    table,
                    0,
                    heading,
                    texts.t("status.xlsx.no"),
                    texts.t("status.xlsx.cell"),
                    texts.t("status.xlsx.under"),
                    texts.t("status.xlsx.secretary"),
                    texts.t("status.xlsx.months_met"),
                    texts.t("status.xlsx.months"),
                    texts.t("status.xlsx.thematic_met"),
                    texts.t("status.xlsx.quarters"));
            int n = 1;
            for (StatusQueries.CellRow cell : queries.perCell(unit, period)) {
                StatusQueries.CellLine line = cell.line();
                Row row = table.createRow(n);
                row.createCell(0).setCellValue(n);
                row.createCell(1).setCellValue(line.cell().name());
                row.createCell(2)
                        .setCellValue(
                                line.child() == null
                                                || line.child().id()
                                                        == line.cell().id()
                                        ? unit.name()
                                        : line.child().name());
                row.createCell(3).setCellValue(line.secretary() == null ? "" : line.secretary());
                row.createCell(4).setCellValue(cell.monthly().done());
                row.createCell(5).setCellValue(cell.monthly().expected());
                row.createCell(6).setCellValue(cell.thematic().done());
                row.createCell(7).setCellValue(cell.thematic().expected());
                n++;
            }
            table.setAutoFilter(new CellRangeAddress(0, Math.max(0, n - 1), 0, 7));
            table.createFreezePane(0, 1);
            int[] widths = {6, 36, 36, 26, 16, 12, 16, 12};
            for (int i = 0; i < widths.length; i++) {
                table.setColumnWidth(i, widths[i] * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, CellStyle style, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(values[i]);
            cell.setCellStyle(style);
        }
    }

    private static void numbers(Sheet sheet, int index, String label, Overview.Tally tally) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(tally.done());
        row.createCell(2).setCellValue(tally.expected());
        row.createCell(3).setCellValue(tally.percent());
    }
}

package vn.chibo.content.commendation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chibo.content.text.Words;

/**
 * Commendations as an .xlsx for a committee's own reports: a title row, Vietnamese headers, one row per
 * commendation, real date cells, filters on the header row and the header frozen.
 */
public final class CommendationWorkbook {

    public static final List<String> HEADERS = java.util.stream.Stream.of(
                    "no",
                    "form",
                    "target",
                    "recipient",
                    "unit",
                    "achievement",
                    "period",
                    "documents",
                    "issuer",
                    "decision_no",
                    "decision_date",
                    "year")
            .map(column -> Words.t("workbook.commendations." + column))
            .toList();

    private CommendationWorkbook() {}

    public static byte[] render(String title, List<StoredCommendation> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(Words.t("workbook.commendations.sheet"));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);

            Cell titleCell = sheet.createRow(0).createCell(0);
            titleCell.setCellValue(title);
            titleCell.setCellStyle(heading);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
            Row header = sheet.createRow(2);
            for (int i = 0; i < HEADERS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADERS.get(i));
                cell.setCellStyle(heading);
            }
            int r = 3;
            for (StoredCommendation stored : rows) {
                Commendation c = stored.commendation();
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - 2);
                row.createCell(1).setCellValue(c.formLabel());
                row.createCell(2)
                        .setCellValue(Words.t(
                                c.collective()
                                        ? "workbook.commendations.collective"
                                        : "workbook.commendations.person"));
                row.createCell(3).setCellValue(c.recipientName());
                row.createCell(4).setCellValue(stored.unitName());
                text(row, 5, c.achievement(), wrap);
                text(row, 6, c.period() == null ? null : c.period().label(), null);
                text(row, 7, c.documents().isEmpty() ? null : String.join("; ", c.documents()), null);
                row.createCell(8).setCellValue(c.issuer());
                text(row, 9, c.decisionNumber(), null);
                date(row, 10, c.decisionDate(), date);
                row.createCell(11).setCellValue(stored.awardedYear());
                r++;
            }
            sheet.setAutoFilter(new CellRangeAddress(2, Math.max(2, r - 1), 0, HEADERS.size() - 1));
            sheet.createFreezePane(0, 3);
            int[] widths = {6, 26, 10, 32, 28, 50, 16, 22, 32, 18, 14, 8};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }
    }
}

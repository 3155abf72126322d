package vn.chibo.content.sheet;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.chibo.content.text.Words;

/**
 * One sheet of an exported workbook laid out for print: a title row, a header row of wrapped, bordered titles that
 * repeats on every printed page and stays in view when scrolling, bordered body cells holding numbers as numbers and
 * dates as dates, and an A4 page one page wide (landscape when the table is wide), numbered in the footer.
 */
public final class PrintedSheet {

    /** Characters a column of width 1 holds, in POI's units (1/256 of a character). */
    private static final int CHAR = 256;

    private final Sheet sheet;
    private final int[] widths;
    private final CellStyle titleStyle;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle date;
    private final int headerRow;
    private int next;

    /**
     * A sheet titled {@code title} whose table has {@code headers}, each column {@code widths[i]} characters wide. The
     * title is row 0, the header row 2.
     */
    public PrintedSheet(Workbook workbook, String name, String title, String[] headers, int[] widths) {
        if (headers.length != widths.length) {
            throw new IllegalArgumentException("one width per header");
        }
        this.sheet = workbook.createSheet(name);
        this.widths = widths.clone();
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        this.titleStyle = workbook.createCellStyle();
        titleStyle.setFont(big);
        this.header = bordered(workbook);
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        this.text = bordered(workbook);
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        this.number = bordered(workbook);
        number.setVerticalAlignment(VerticalAlignment.TOP);
        number.setDataFormat(workbook.createDataFormat().getFormat("0"));
        this.date = bordered(workbook);
        date.setVerticalAlignment(VerticalAlignment.TOP);
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));

        Cell titleCell = sheet.createRow(0).createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(titleStyle);
        if (headers.length > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.length - 1));
        }
        this.headerRow = 2;
        Row head = sheet.createRow(headerRow);
        int lines = 1;
        for (int i = 0; i < headers.length; i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, widths[i] * CHAR);
            lines = Math.max(lines, linesFor(headers[i], widths[i]));
        }
        head.setHeightInPoints(lines * 15f + 4);
        this.next = headerRow + 1;
        printSetup(headers.length);
    }

    /** Starts the next body row. */
    public Line line() {
        return new Line(sheet.createRow(next++));
    }

    /** Filters on the header row over the rows written, the header frozen in view; call once every row is written. */
    public Sheet finish() {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, next - 1), 0, widths.length - 1));
        sheet.createFreezePane(0, headerRow + 1);
        return sheet;
    }

    /** One body row, written left to right. */
    public final class Line {
        private final Row row;
        private int column;
        private int lines = 1;

        private Line(Row row) {
            this.row = row;
        }

        public Line text(String value) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(PrintedSheet.this.text);
            if (value != null && !value.isEmpty()) {
                cell.setCellValue(value);
                lines = Math.max(lines, linesFor(value, widths[column]));
                row.setHeightInPoints(Math.min(409f, lines * 15f));
            }
            column++;
            return this;
        }

        public Line number(long value) {
            Cell cell = row.createCell(column++);
            cell.setCellStyle(number);
            cell.setCellValue(value);
            return this;
        }

        public Line date(LocalDate value) {
            Cell cell = row.createCell(column++);
            cell.setCellStyle(date);
            if (value != null) {
                cell.setCellValue(value);
            }
            return this;
        }
    }

    private void printSetup(int columns) {
        int totalWidth = java.util.Arrays.stream(widths).sum();
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        // An A4 page holds about 90 characters across in portrait, 130 in landscape, at the default font.
        print.setLandscape(totalWidth > 90 || columns > 8);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.6);
        sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.6);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.getFooter().setCenter(Words.t("workbook.page", "&P", "&N"));
    }

    /** How many lines {@code value} wraps to in a column {@code width} characters wide (a rough, generous count). */
    static int linesFor(String value, int width) {
        int lines = 0;
        for (String paragraph : value.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(paragraph.length() / (double) Math.max(1, width - 1)));
        }
        return lines;
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}

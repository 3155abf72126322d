package vn.chibo.content.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PrintedSheetTest {

    @Test
    void aWideTableIsLaidOutForA4LandscapeWithItsHeaderOnEveryPage() throws Exception {
        Sheet sheet = written(
                new String[] {"STT", "Tên chi bộ", "Số tháng phải sinh hoạt thường kỳ", "Ngày quyết định"},
                new int[] {5, 60, 14, 14});

        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(print.getLandscape()).as("93 characters across").isTrue();
        assertThat(print.getFitWidth()).isEqualTo((short) 1);
        assertThat(print.getFitHeight()).as("as many pages down as it takes").isZero();
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:3");
        assertThat(sheet.getFooter().getCenter()).isEqualTo("Trang &P / &N");
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                .as("header frozen")
                .isEqualTo((short) 3);

        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Danh sách thử");
        var header = sheet.getRow(2);
        assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Số tháng phải sinh hoạt thường kỳ");
        assertThat(header.getCell(2).getCellStyle().getWrapText()).isTrue();
        assertThat(header.getCell(2).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
        for (int i = 0; i < 4; i++) {
            String title = header.getCell(i).getStringCellValue();
            int chars = sheet.getColumnWidth(i) / 256;
            int lines = (int) (header.getHeightInPoints() / 15);
            assertThat(chars * lines).as("room for \"" + title + "\"").isGreaterThanOrEqualTo(title.length());
        }

        var body = sheet.getRow(3);
        assertThat(body.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(body.getCell(0).getNumericCellValue()).isEqualTo(1);
        assertThat(body.getCell(1).getCellStyle().getBorderLeft()).isEqualTo(BorderStyle.THIN);
        assertThat(DateUtil.isCellDateFormatted(body.getCell(3))).isTrue();
        assertThat(body.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 19));
        assertThat(body.getHeightInPoints())
                .as("a long name wraps to two lines")
                .isGreaterThanOrEqualTo(30f);
        assertThat(sheet.getLastRowNum()).isEqualTo(4);
    }

    @Test
    void aNarrowTablePrintsPortrait() throws Exception {
        Sheet sheet = written(new String[] {"Nội dung", "Đã thực hiện"}, new int[] {50, 14});

        assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
        assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
    }

    private static Sheet written(String[] headers, int[] widths) throws Exception {
        byte[] bytes;
        try (var workbook = new SXSSFWorkbook(10);
                var out = new ByteArrayOutputStream()) {
            PrintedSheet sheet = new PrintedSheet(workbook, "Thử", "Danh sách thử", headers, widths);
            PrintedSheet.Line first = sheet.line().number(1).text("Chi bộ " + "Văn phòng Đảng ủy Khối ".repeat(4));
            if (headers.length > 2) {
                first.number(12).date(LocalDate.of(2026, 5, 19));
            }
            PrintedSheet.Line second = sheet.line().number(2).text(null);
            if (headers.length > 2) {
                second.number(0).date(null);
            }
            sheet.finish();
            workbook.write(out);
            bytes = out.toByteArray();
        }
        var read = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        return read.getSheetAt(0);
    }
}

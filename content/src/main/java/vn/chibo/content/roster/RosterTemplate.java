package vn.chibo.content.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chibo.content.sheet.PrintedSheet;
import vn.chibo.content.text.Words;

/**
 * The roster an office fills in and sends back: a sheet with the columns {@link RosterReader} reads, headed in
 * Vietnamese with each column's name in brackets, two example rows that import as they are, and a sheet of
 * instructions.
 */
public final class RosterTemplate {

    public static final String FILE_NAME = "Mau-danh-sach-to-chuc.xlsx";

    private RosterTemplate() {}

    public static byte[] xlsx() {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            PrintedSheet list = new PrintedSheet(
                    workbook,
                    Words.t("roster.template.sheet"),
                    Words.t("roster.template.title"),
                    new String[] {
                        Words.t("roster.template.org_path"),
                        Words.t("roster.template.member_name"),
                        Words.t("roster.template.member_status"),
                        Words.t("roster.template.party_join_date"),
                        Words.t("roster.template.role")
                    },
                    new int[] {48, 26, 20, 18, 16});
            list.line()
                    .text(Words.t("roster.template.example.path"))
                    .text(Words.t("roster.template.example.secretary"))
                    .text(Words.t("roster.template.example.official"))
                    .text("15/03/2010")
                    .text(Words.t("roster.template.example.role"));
            list.line()
                    .text(Words.t("roster.template.example.path"))
                    .text(Words.t("roster.template.example.member"))
                    .text(Words.t("roster.template.example.probationary"))
                    .text("02/09/2025")
                    .text("");
            Sheet sheet = list.finish();
            for (int row = 3; row <= 4; row++) {
                // Dates stay text as typed: a spreadsheet would otherwise turn 02/09 into 9 February.
                sheet.getRow(row)
                        .getCell(3)
                        .getCellStyle()
                        .setDataFormat(workbook.createDataFormat().getFormat("@"));
            }
            Sheet help = workbook.createSheet(Words.t("roster.template.help_sheet"));
            help.setColumnWidth(0, 110 * 256);
            String[] lines = Words.t("roster.template.help").split("\n");
            for (int i = 0; i < lines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

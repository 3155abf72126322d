package vn.chibo.content.commendation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chibo.content.sheet.PrintedSheet;
import vn.chibo.content.text.Words;

/**
 * Commendations as an .xlsx for a committee's own reports: a title row, Vietnamese headers, one row per
 * commendation, real numbers and dates, filters on the header row, the header frozen and repeated on every printed
 * page, A4 landscape one page wide ({@link PrintedSheet}).
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

    /** How wide each column is, in characters: every header reads whole, wrapped where it is long. */
    static final int[] WIDTHS = {5, 16, 10, 28, 24, 44, 14, 20, 26, 16, 13, 7};

    public static byte[] render(String title, List<StoredCommendation> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PrintedSheet sheet = new PrintedSheet(
                    workbook, Words.t("workbook.commendations.sheet"), title, HEADERS.toArray(String[]::new), WIDTHS);
            int n = 1;
            for (StoredCommendation stored : rows) {
                Commendation c = stored.commendation();
                sheet.line()
                        .number(n++)
                        .text(c.formLabel())
                        .text(Words.t(
                                c.collective() ? "workbook.commendations.collective" : "workbook.commendations.person"))
                        .text(c.recipientName())
                        .text(stored.unitName())
                        .text(c.achievement())
                        .text(c.period() == null ? null : c.period().label())
                        .text(c.documents().isEmpty() ? null : String.join("; ", c.documents()))
                        .text(c.issuer())
                        .text(c.decisionNumber())
                        .date(c.decisionDate())
                        .number(stored.awardedYear());
            }
            sheet.finish();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.chibo.content.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.chibo.content.text.Words;

/**
 * A Party document laid out as Hướng dẫn 36-HD/VPTW asks: A4 with margins of 20 mm top and bottom, 30 mm left and
 * 15 mm right; Times New Roman throughout; the heading in two columns — the upper body (capitals, 14) and the issuing
 * body (capitals, 14 bold) with "*" below on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" (capitals, 15 bold, underlined) and the
 * place and date (14 italic, day and month padded) on the right; the document type (16 bold) and subject (14 bold)
 * centred; the body in 14. One instance writes one document.
 */
public final class PartyDocx implements AutoCloseable {

    /** Sizes in points (Hướng dẫn 36-HD/VPTW). */
    public static final int PARTY_SIZE = 15;

    public static final int HEADING_SIZE = 14;
    public static final int TYPE_SIZE = 16;
    public static final int SUBJECT_SIZE = 14;
    public static final int BODY_SIZE = 14;
    public static final String FONT = "Times New Roman";

    /** A4 in twentieths of a point, and the margins (1 mm = 56.7 twips). */
    public static final long A4_WIDTH = 11906;

    public static final long A4_HEIGHT = 16838;
    public static final long MARGIN_TOP = 1134;
    public static final long MARGIN_BOTTOM = 1134;
    public static final long MARGIN_LEFT = 1701;
    public static final long MARGIN_RIGHT = 850;

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final XWPFDocument doc = new XWPFDocument();

    public PartyDocx() {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    }

    /** The place and date line: "Ninh Bình, ngày 05 tháng 12 năm 2026"; dots where the place is not set. */
    public static String placeAndDate(String locality, LocalDate day) {
        String place = locality == null || locality.isBlank() ? Words.t("document.place_blank") : locality.strip();
        return Words.t("document.place_date", place, two(day.getDayOfMonth()), two(day.getMonthValue()), year(day));
    }

    /** A date in running text: "ngày 05 tháng 12 năm 2026". */
    public static String longDate(LocalDate day) {
        return Words.t("document.long_date", two(day.getDayOfMonth()), two(day.getMonthValue()), year(day));
    }

    private static String two(int number) {
        return String.format("%02d", number);
    }

    private static String year(LocalDate day) {
        return Integer.toString(day.getYear());
    }

    /**
     * The heading: {@code upperBody} and {@code issuingBody} on the left with "*" below and, when given,
     * {@code number} ("Số 12-NQ/CB") under it; the party line and the place and date on the right.
     */
    public PartyDocx heading(String upperBody, String issuingBody, String number, String placeAndDate) {
        XWPFTable table = doc.createTable(number == null ? 3 : 4, 2);
        table.removeBorders();
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        cell(table, 0, 0, upper(upperBody), HEADING_SIZE, false, false, false);
        cell(table, 0, 1, Words.t("document.party"), PARTY_SIZE, true, false, true);
        cell(table, 1, 0, upper(issuingBody), HEADING_SIZE, true, false, false);
        cell(table, 2, 0, "*", HEADING_SIZE, false, false, false);
        cell(table, 2, 1, placeAndDate, HEADING_SIZE, false, true, false);
        if (number != null) {
            cell(table, 3, 0, number, HEADING_SIZE, false, false, false);
        }
        return this;
    }

    /** The document type ("BIÊN BẢN") and its subject, centred. */
    public PartyDocx title(String type, String subject) {
        doc.createParagraph();
        centred(type, TYPE_SIZE, true, false);
        if (subject != null) {
            centred(subject, SUBJECT_SIZE, true, false);
        }
        centred("-----", BODY_SIZE, false, false);
        return this;
    }

    public PartyDocx centred(String text, int size, boolean bold, boolean italic) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = run(p, text, size);
        run.setBold(bold);
        run.setItalic(italic);
        return this;
    }

    /** A section heading in the body: bold, a little space above. */
    public PartyDocx section(String title) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(160);
        p.setAlignment(ParagraphAlignment.BOTH);
        run(p, title, BODY_SIZE).setBold(true);
        return this;
    }

    /** A sub-heading: italic bold. */
    public PartyDocx subsection(String title) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(80);
        p.setAlignment(ParagraphAlignment.BOTH);
        XWPFRun run = run(p, title, BODY_SIZE);
        run.setBold(true);
        run.setItalic(true);
        return this;
    }

    /** A justified body paragraph with a first-line indent. */
    public PartyDocx text(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        run(p, text, BODY_SIZE);
        return this;
    }

    /** A body paragraph whose first words are bold ("Đồng chí Phạm Thị Hoa:" then what she said). */
    public PartyDocx lead(String bold, String rest) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        run(p, bold, BODY_SIZE).setBold(true);
        run(p, rest, BODY_SIZE);
        return this;
    }

    /** A blank paragraph. */
    public PartyDocx gap() {
        doc.createParagraph();
        return this;
    }

    /**
     * Two signature blocks side by side, each a list of lines: the title lines and the name in bold, a line in
     * brackets ("(Ký, ghi rõ họ tên)") in italic, empty lines left for the signature.
     */
    public PartyDocx signatures(List<String> left, List<String> right) {
        XWPFTable table = closing(Math.max(left.size(), right.size()));
        for (int i = 0; i < left.size(); i++) {
            signatureLine(table.getRow(i).getCell(0), left.get(i));
        }
        for (int i = 0; i < right.size(); i++) {
            signatureLine(table.getRow(i).getCell(1), right.get(i));
        }
        return this;
    }

    /**
     * "Nơi nhận:" and its list on the left (12 bold italic, then 11), a signature block on the right: the layout that
     * ends a resolution.
     */
    public PartyDocx recipientsAndSignature(List<String> recipients, List<String> signature) {
        XWPFTable table = closing(Math.max(recipients.size(), signature.size()));
        for (int i = 0; i < recipients.size(); i++) {
            XWPFParagraph p = table.getRow(i).getCell(0).getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.LEFT);
            XWPFRun run = run(p, recipients.get(i), i == 0 ? 12 : 11);
            run.setBold(i == 0);
            run.setItalic(i == 0);
        }
        for (int i = 0; i < signature.size(); i++) {
            signatureLine(table.getRow(i).getCell(1), signature.get(i));
        }
        return this;
    }

    private XWPFTable closing(int rows) {
        doc.createParagraph();
        XWPFTable table = doc.createTable(rows, 2);
        table.removeBorders();
        table.setWidth("100%");
        return table;
    }

    private static void signatureLine(XWPFTableCell cell, String text) {
        boolean note = text.startsWith("(");
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = run(p, text, BODY_SIZE);
        run.setBold(!note && !text.isEmpty());
        run.setItalic(note);
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A file name without diacritics or spaces, as every mail client and phone keeps it:
     * "Biên bản sinh hoạt thường kỳ tháng 6/2022" → "Bien-ban-sinh-hoat-thuong-ky-thang-6-2022".
     */
    public static String fileName(String title) {
        String plain = Normalizer.normalize(title.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String upper(String text) {
        return text == null ? "" : text.toUpperCase(VI);
    }

    private void cell(
            XWPFTable table,
            int row,
            int column,
            String text,
            int size,
            boolean bold,
            boolean italic,
            boolean underline) {
        XWPFTableCell cell = table.getRow(row).getCell(column);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = run(p, text, size);
        run.setBold(bold);
        run.setItalic(italic);
        if (underline) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setText(text);
        return run;
    }
}

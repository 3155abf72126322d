package vn.chibo.content.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.chibo.content.calendar.PartyCalendar;

/**
 * Reads the rows of a table people send: the first sheet of an .xlsx, or a UTF-8 .csv (comma or semicolon separated,
 * with or without a byte-order mark), handing each row's cells on as it is read. Dates come as d/M/yyyy.
 *
 * <p>Everything is bounded while it is read, never after: a workbook is read as a stream of SAX events (never as a
 * whole document in memory); a zip entry declaring more than {@link #MAX_ENTRY_BYTES} is refused before it is
 * inflated, and POI refuses one inflating past it; columns past {@link #MAX_COLUMNS} are ignored. The caller bounds
 * the file's size before, and the rows it keeps (by throwing from {@link Rows#add}, which stops the reading and
 * reaches the caller unchanged).
 */
public final class SheetTable {

    public static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    public static final int MAX_COLUMNS = 64;

    static {
        // POI's bound is process-wide; chibo reads no workbook whose parts legitimately exceed it.
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    /** Takes the rows as they are read: {@code line} counts from 1, as the person sees the file. */
    public interface Rows {
        void add(int line, List<String> cells);
    }

    /** The file is not a table chibo can read, or is one whose parts are too large to open. */
    public static final class Unreadable extends RuntimeException {

        private final boolean tooLarge;

        Unreadable(boolean tooLarge) {
            super(tooLarge ? "a part of the workbook is too large" : "not a readable .xlsx or UTF-8 .csv");
            this.tooLarge = tooLarge;
        }

        public boolean tooLarge() {
            return tooLarge;
        }
    }

    private SheetTable() {}

    public static void read(byte[] content, Rows rows) {
        Guarded guarded = new Guarded(rows);
        try {
            if (isZip(content)) {
                xlsx(content, guarded);
            } else {
                csv(content, guarded);
            }
        } catch (RuntimeException e) {
            if (guarded.failure != null) {
                throw guarded.failure;
            }
            throw e;
        }
    }

    /** The caller's rows, with the first exception they threw kept, so it reaches the caller unwrapped. */
    private static final class Guarded implements Rows {
        private final Rows rows;
        private RuntimeException failure;

        Guarded(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void add(int line, List<String> cells) {
            try {
                rows.add(line, cells);
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** A workbook is opened from a file, so POI inflates one part at a time as it is read instead of all parts at once. */
    private static void xlsx(byte[] content, Guarded rows) {
        Path file = null;
        try {
            file = Files.createTempFile("chibo-sheet-", ".xlsx");
            Files.write(file, content);
            refuseHugeEntries(file);
            try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(workbook);
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    return;
                }
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(
                            reader.getStylesTable(),
                            null,
                            new ReadOnlySharedStringsTable(workbook),
                            new SheetRows(rows),
                            new DayMonthYear(),
                            false));
                    parser.parse(new InputSource(sheet));
                }
            }
        } catch (Unreadable e) {
            throw e;
        } catch (IOException | SAXException | ParserConfigurationException | OpenXML4JException | RuntimeException e) {
            if (rows.failure != null) {
                throw rows.failure;
            }
            throw new Unreadable(false);
        } finally {
            deleteQuietly(file);
        }
    }

    /** The sizes a zip declares, checked before anything is inflated (POI checks the real ones as it inflates). */
    private static void refuseHugeEntries(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (Collections.list(zip.entries()).stream().anyMatch(e -> e.getSize() > MAX_ENTRY_BYTES)) {
                throw new Unreadable(true);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /** Collects one sheet row's cells by column and hands each finished row on. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Rows rows;
        private final List<String> cells = new ArrayList<>();

        SheetRows(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(rowNum + 1, List.copyOf(cells));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /** Formats date cells as d/M/yyyy, whatever format the workbook gives them; other cells as Excel shows them. */
    private static final class DayMonthYear extends DataFormatter {
        DayMonthYear() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing)
                        .toLocalDate()
                        .format(PartyCalendar.DAY);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    private static void csv(byte[] content, Guarded rows) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable(false);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(ch -> ch == ';').count()
                        > firstLine.chars().filter(ch -> ch == ',').count()
                ? ';'
                : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int line = 0;
            for (CSVRecord record : parser) {
                line++;
                rows.add(line, record.toList());
            }
        } catch (IOException | RuntimeException e) {
            if (rows.failure != null) {
                throw rows.failure;
            }
            throw new Unreadable(false);
        }
    }
}

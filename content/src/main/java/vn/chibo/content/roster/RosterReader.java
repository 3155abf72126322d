package vn.chibo.content.roster;

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
import java.util.Map;
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
 * Reads roster rows from .xlsx (first sheet) or UTF-8 .csv (comma or semicolon separated, with or
 * without a byte-order mark). The header row names the columns, in any order and letter case.
 *
 * <p>Everything is bounded while it is read, never after: a file over {@link #MAX_BYTES} is refused
 * before it is opened; a workbook is read as a stream of SAX events (never as a whole document in
 * memory), and reading stops at the first row past {@link #MAX_ROWS}; an entry inflating past
 * {@link #MAX_ENTRY_BYTES} is refused by POI as it inflates.
 */
public final class RosterReader {

    public static final List<String> COLUMNS =
            List.of("org_path", "member_name", "member_status", "party_join_date", "role");
    /** Columns a file may leave out: without {@code role} it is a list of members and changes no role holder. */
    static final List<String> OPTIONAL_COLUMNS = List.of("role");

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_ROWS = 200_000;
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    static final int MAX_COLUMNS = 64;

    static {
        // POI's bound is process-wide; chibo reads no workbook whose parts legitimately exceed it.
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private RosterReader() {}

    public static List<RosterRow> read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new RosterFileException(Problem.FILE_TOO_LARGE, Long.toString(MAX_BYTES / (1024 * 1024)));
        }
        Rows rows = new Rows();
        if (isZip(content)) {
            xlsx(content, rows);
        } else {
            csv(content, rows);
        }
        return rows.result();
    }

    /** Rows before the header a file may have (a title, a blank line, a note); the template has two. */
    static final int ROWS_BEFORE_HEADER = 5;

    /** Turns the table's rows, as they are read, into roster rows: the first row naming the columns is the header. */
    private static final class Rows {
        private Map<String, Integer> columns;
        private List<String> firstMissing;
        private int before;
        private final List<RosterRow> rows = new ArrayList<>();

        void add(int line, List<String> cells) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (columns == null) {
                Map<String, Integer> named = RosterHeader.names(cells);
                List<String> missing = RosterHeader.missing(named);
                if (missing.isEmpty()) {
                    columns = named;
                    return;
                }
                if (firstMissing == null) {
                    firstMissing = missing;
                }
                if (++before > ROWS_BEFORE_HEADER) {
                    throw new RosterFileException(Problem.MISSING_COLUMNS, String.join(", ", firstMissing));
                }
                return;
            }
            if (rows.size() == MAX_ROWS) {
                throw new RosterFileException(Problem.TOO_MANY_ROWS, MAX_ROWS);
            }
            rows.add(new RosterRow(
                    line,
                    cell(cells, "org_path"),
                    cell(cells, "member_name"),
                    cell(cells, "member_status"),
                    cell(cells, "party_join_date"),
                    cell(cells, "role")));
        }

        List<RosterRow> result() {
            if (columns == null && firstMissing != null) {
                throw new RosterFileException(Problem.MISSING_COLUMNS, String.join(", ", firstMissing));
            }
            if (columns == null || rows.isEmpty()) {
                throw new RosterFileException(Problem.NO_ROWS);
            }
            return rows;
        }

        private String cell(List<String> cells, String name) {
            Integer index = columns.get(name);
            if (index == null) {
                return "";
            }
            return index < cells.size() ? cells.get(index).strip() : "";
        }
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** A workbook is opened from a file, so POI inflates one part at a time as it is read instead of all parts at once. */
    private static void xlsx(byte[] content, Rows rows) {
        Path file = null;
        try {
            file = Files.createTempFile("chibo-roster-", ".xlsx");
            Files.write(file, content);
            refuseHugeEntries(file);
            try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(workbook);
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new RosterFileException(Problem.NO_ROWS);
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
        } catch (RosterFileException e) {
            throw e;
        } catch (IOException | SAXException | ParserConfigurationException | OpenXML4JException | RuntimeException e) {
            if (e.getCause() instanceof RosterFileException refused) {
                throw refused;
            }
            throw new RosterFileException(Problem.UNREADABLE_FILE);
        } finally {
            deleteQuietly(file);
        }
    }

    /** The sizes a zip declares, checked before anything is inflated (POI checks the real ones as it inflates). */
    private static void refuseHugeEntries(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean huge = Collections.list(zip.entries()).stream().anyMatch(e -> e.getSize() > MAX_ENTRY_BYTES);
            if (huge) {
                throw new RosterFileException(Problem.FILE_TOO_LARGE, Long.toString(MAX_BYTES / (1024 * 1024)));
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

    private static void csv(byte[] content, Rows rows) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RosterFileException(Problem.UNREADABLE_FILE);
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
        } catch (RosterFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new RosterFileException(Problem.UNREADABLE_FILE);
        }
    }
}

package vn.chibo.content.roster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads roster rows from .xlsx (first sheet) or UTF-8 .csv (comma or semicolon separated, with or
 * without a byte-order mark). The header row names the columns, in any order and letter case.
 */
public final class RosterReader {

    public static final List<String> COLUMNS = List.of("org_path", "member_name", "member_status", "party_join_date", "role");
    static final int MAX_ROWS = 300_000;

    private static final DateTimeFormatter D_M_YYYY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private RosterReader() {}

    public static List<RosterRow> read(byte[] content) {
        List<List<String>> table = isZip(content) ? xlsx(content) : csv(content);
        int headerAt = 0;
        while (headerAt < table.size() && table.get(headerAt).stream().allMatch(String::isBlank)) {
            headerAt++;
        }
        if (headerAt == table.size()) {
            throw new RosterFileException(Problem.NO_ROWS);
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = table.get(headerAt);
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').strip(), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new RosterFileException(Problem.MISSING_COLUMNS, String.join(", ", missing));
        }
        List<RosterRow> rows = new ArrayList<>();
        for (int r = headerAt + 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw new RosterFileException(Problem.TOO_MANY_ROWS, MAX_ROWS);
            }
            rows.add(new RosterRow(r + 1, cell(cells, columns, "org_path"), cell(cells, columns, "member_name"),
                    cell(cells, columns, "member_status"), cell(cells, columns, "party_join_date"), cell(cells, columns, "role")));
        }
        if (rows.isEmpty()) {
            throw new RosterFileException(Problem.NO_ROWS);
        }
        return rows;
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String name) {
        int index = columns.get(name);
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<List<String>> xlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c), formatter));
                    }
                }
                table.add(cells);
            }
            return table;
        } catch (IOException | RuntimeException e) {
            throw new RosterFileException(Problem.UNREADABLE_FILE);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(D_M_YYYY);
        }
        return formatter.formatCellValue(cell);
    }

    private static List<List<String>> csv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
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
        char delimiter = firstLine.chars().filter(ch -> ch == ';').count() > firstLine.chars().filter(ch -> ch == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<List<String>> table = new ArrayList<>();
            for (CSVRecord record : parser) {
                table.add(record.toList());
            }
            return table;
        } catch (IOException | RuntimeException e) {
            throw new RosterFileException(Problem.UNREADABLE_FILE);
        }
    }
}

package vn.chibo.content.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chibo.content.sheet.SheetTable;

/**
 * Reads roster rows from .xlsx (first sheet) or UTF-8 .csv ({@link SheetTable}). The header row names the columns, in
 * any order and letter case.
 *
 * <p>Everything is bounded while it is read, never after: a file over {@link #MAX_BYTES} is refused before it is
 * opened; reading stops at the first row past {@link #MAX_ROWS}; the workbook's own bounds are {@link SheetTable}'s.
 */
public final class RosterReader {

    public static final List<String> COLUMNS =
            List.of("org_path", "member_name", "member_status", "party_join_date", "role");
    /** Columns a file may leave out: without {@code role} it is a list of members and changes no role holder. */
    static final List<String> OPTIONAL_COLUMNS = List.of("role");

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_ROWS = 200_000;
    static final long MAX_ENTRY_BYTES = SheetTable.MAX_ENTRY_BYTES;

    private RosterReader() {}

    public static List<RosterRow> read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new RosterFileException(Problem.FILE_TOO_LARGE, Long.toString(MAX_BYTES / (1024 * 1024)));
        }
        Rows rows = new Rows();
        try {
            SheetTable.read(content, rows::add);
        } catch (SheetTable.Unreadable e) {
            throw e.tooLarge()
                    ? new RosterFileException(Problem.FILE_TOO_LARGE, Long.toString(MAX_BYTES / (1024 * 1024)))
                    : new RosterFileException(Problem.UNREADABLE_FILE);
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
}

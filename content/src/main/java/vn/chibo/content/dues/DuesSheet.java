package vn.chibo.content.dues;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.roster.Fold;
import vn.chibo.content.sheet.SheetTable;

/**
 * A cell's dues book as treasurers keep it in a spreadsheet: one row per member ("Họ và tên"), one column per month
 * ("Tháng 11/2026", "T11/2026", "11/2026"). A cell holds the amount paid ("50.000"), or a mark that it was paid ("x",
 * "đã nộp"); an empty cell, "0", "chưa" or "không" is not paid. Read with the same bounds as a roster; what it means
 * for a cell's members is {@link ImportDues}'s to decide.
 */
public final class DuesSheet {

    public static final long MAX_BYTES = 2L * 1024 * 1024;
    public static final int MAX_ROWS = 2_000;
    /** Rows before the header a file may have (a title, a blank line). */
    static final int ROWS_BEFORE_HEADER = 5;

    private static final Pattern MONTH = Pattern.compile("^(?:thang|t)?\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})$");
    private static final Pattern AMOUNT = Pattern.compile("^(\\d{1,3}(?:[.,\\s]?\\d{3})*)\\s*(?:d|vnd|dong)?$");
    private static final List<String> PAID_WORDS = List.of("x", "v", "co", "da nop", "nop", "roi", "✓", "✔");
    private static final List<String> UNPAID_WORDS = List.of("0", "chua", "chua nop", "khong", "-");

    /** One member's row: the name as written, and per month whether paid and the amount (null: not given). */
    public record Line(int line, String name, Map<YearMonth, Cell> months) {}

    public record Cell(boolean paid, Long amount) {}

    /** What is wrong with a row (or the file): a message key's tail and its arguments. */
    public record Problem(int line, String what, List<String> args) {}

    /** The rows read, and every problem found; nothing is kept unless there are none. */
    public record Read(List<YearMonth> months, List<Line> lines, List<Problem> problems) {

        /** Whether the file is no dues book at all (no header naming members and months). */
        public boolean notABook() {
            return problems.stream().anyMatch(p -> p.what().equals("no_header"));
        }
    }

    private DuesSheet() {}

    public static Read read(byte[] content) {
        List<Problem> problems = new ArrayList<>();
        if (content.length > MAX_BYTES) {
            problems.add(new Problem(0, "too_large", List.of(Long.toString(MAX_BYTES / (1024 * 1024)))));
            return new Read(List.of(), List.of(), problems);
        }
        Rows rows = new Rows(problems);
        try {
            SheetTable.read(content, rows::add);
        } catch (SheetTable.Unreadable e) {
            problems.add(new Problem(0, "unreadable", List.of()));
        } catch (TooMany e) {
            problems.add(new Problem(0, "too_many_rows", List.of(Integer.toString(MAX_ROWS))));
        } catch (NoHeader e) {
            problems.add(new Problem(0, "no_header", List.of()));
        }
        if (problems.isEmpty() && rows.nameColumn < 0) {
            problems.add(new Problem(0, "no_header", List.of()));
        } else if (problems.isEmpty() && rows.lines.isEmpty()) {
            problems.add(new Problem(0, "no_rows", List.of()));
        }
        return new Read(List.copyOf(rows.months.values()), rows.lines, problems);
    }

    /** A month as a header names it ("Tháng 11/2026", "T11/2026", "11/2026"). */
    static Optional<YearMonth> month(String header) {
        Matcher m = MONTH.matcher(Fold.of(header).strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(1));
        return month >= 1 && month <= 12
                ? Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), month))
                : Optional.empty();
    }

    /** A cell of the book: paid with an amount, paid, not paid; empty when it says none of these. */
    static Optional<Cell> cell(String text) {
        String folded = Fold.of(text).strip();
        if (folded.isEmpty() || UNPAID_WORDS.contains(folded)) {
            return Optional.of(new Cell(false, null));
        }
        if (PAID_WORDS.contains(folded)) {
            return Optional.of(new Cell(true, null));
        }
        Matcher money = AMOUNT.matcher(folded);
        if (money.matches()) {
            long amount = Long.parseLong(money.group(1).replaceAll("[.,\\s]", ""));
            return Optional.of(amount == 0 ? new Cell(false, null) : new Cell(true, amount));
        }
        return Optional.empty();
    }

    private static final class TooMany extends RuntimeException {
        TooMany() {
            super(null, null, false, false);
        }
    }

    /** No header row among the first rows: not a dues book (a roster, say). */
    private static final class NoHeader extends RuntimeException {
        NoHeader() {
            super(null, null, false, false);
        }
    }

    private static final class Rows {
        private final List<Problem> problems;
        private final List<Line> lines = new ArrayList<>();
        private final Map<Integer, YearMonth> months = new LinkedHashMap<>();
        private int nameColumn = -1;
        private int before;

        Rows(List<Problem> problems) {
            this.problems = problems;
        }

        void add(int line, List<String> cells) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (nameColumn < 0) {
                header(cells);
                if (nameColumn < 0 && ++before > ROWS_BEFORE_HEADER) {
                    throw new NoHeader();
                }
                return;
            }
            if (lines.size() == MAX_ROWS) {
                throw new TooMany();
            }
            String name = nameColumn < cells.size() ? cells.get(nameColumn).strip() : "";
            if (name.isEmpty()) {
                problems.add(new Problem(line, "name_missing", List.of()));
                return;
            }
            Map<YearMonth, Cell> paid = new LinkedHashMap<>();
            months.forEach((column, month) -> {
                String text = column < cells.size() ? cells.get(column) : "";
                Optional<Cell> read = cell(text);
                if (read.isEmpty()) {
                    problems.add(new Problem(
                            line, "cell_unreadable", List.of(text.strip(), month.format(PartyCalendar.MONTH))));
                } else {
                    paid.put(month, read.get());
                }
            });
            lines.add(new Line(line, name, paid));
        }

        private void header(List<String> cells) {
            int name = -1;
            Map<Integer, YearMonth> found = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                String folded = Fold.of(cells.get(i)).strip();
                if (folded.equals("ho va ten") || folded.equals("ho ten") || folded.equals("member_name")) {
                    name = i;
                } else {
                    int column = i;
                    month(cells.get(i)).ifPresent(m -> found.put(column, m));
                }
            }
            if (name >= 0 && !found.isEmpty()) {
                nameColumn = name;
                months.putAll(found);
            }
        }
    }
}

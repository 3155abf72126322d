package vn.chibo.content.roster;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a roster's header row: which column is which, whatever the file calls them. */
final class RosterHeader {

    /**
     * Headers as people write them, folded (no diacritics, lower case): "Họ và tên" is {@code member_name}. A header
     * may also carry the column's name in brackets, as the template's do: "Họ và tên (member_name)".
     */
    static final Map<String, String> HEADER_WORDS = Map.of(
            "to chuc dang", "org_path",
            "to chuc", "org_path",
            "ho va ten", "member_name",
            "ho ten", "member_name",
            "la dang vien", "member_status",
            "tinh trang", "member_status",
            "ngay vao dang", "party_join_date",
            "vai tro", "role");

    private static final Pattern BRACKETED = Pattern.compile("\\(([a-z_]+)\\)\\s*$");

    private RosterHeader() {}

    /** The columns a row names, by their names in the file: "member_name", "Họ và tên (member_name)", "Họ tên". */
    static Map<String, Integer> names(List<String> cells) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String header = cells.get(i).replace('\uFEFF', ' ').strip().toLowerCase(Locale.ROOT);
            Matcher bracketed = BRACKETED.matcher(header);
            if (bracketed.find() && RosterReader.COLUMNS.contains(bracketed.group(1))) {
                header = bracketed.group(1);
            } else {
                header = HEADER_WORDS.getOrDefault(Fold.of(header), header);
            }
            columns.putIfAbsent(header, i);
        }
        return columns;
    }

    static List<String> missing(Map<String, Integer> columns) {
        return RosterReader.COLUMNS.stream()
                .filter(c -> !columns.containsKey(c) && !RosterReader.OPTIONAL_COLUMNS.contains(c))
                .toList();
    }
}

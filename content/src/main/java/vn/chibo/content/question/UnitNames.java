package vn.chibo.content.question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import vn.chibo.content.org.OrgUnit;

/**
 * Finds the unit a normalised question names among the units of the asker's scope: by the name without its kind
 * ("Văn phòng" for "Chi bộ Văn phòng"), whole or as its last words, with or without diacritics, a letter or two
 * mistyped. A name after "chi bộ" or "đảng bộ" that matches nothing in scope is kept as the name asked about, so
 * that the answer can refuse it without saying whether such a unit exists.
 */
final class UnitNames {

    /** What the question names. */
    sealed interface Named {
        /** Nothing: the question is about the asker's own unit. */
        record Nothing() implements Named {}

        record One(OrgUnit unit) implements Named {}

        /** Several units fit equally well: the asker chooses. */
        record Several(List<OrgUnit> units) implements Named {}

        /** A name that fits nothing in scope. */
        record Unknown(String name) implements Named {}
    }

    private static final List<String> KIND_WORDS =
            List.of("dang bo co so", "chi bo co so", "chi bo truc thuoc", "dang bo", "chi bo", "dang uy");
    /** Within two edits; beyond that the distance is not worked out (-1), which keeps a wide scope quick. */
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);

    /**
     * A unit's name as questions are compared with it: folded whole and without its kind, the core padded with
     * spaces, its first word, how many words it has. Worked out once per name, not per question.
     */
    private record Name(String plain, String core, String padded, String first, int words) {
        static Name of(String name) {
            String plain = QuestionGrammar.plain(name);
            String core = UnitNames.core(plain);
            String[] words = core.split(" ");
            return new Name(plain, core, " " + core + " ", words[0], words.length);
        }
    }

    private final java.util.Map<String, Name> folded = new java.util.concurrent.ConcurrentHashMap<>();

    private Name name(OrgUnit unit) {
        if (folded.size() > 100_000) {
            folded.clear(); // names change rarely; a bound keeps renamed ones from piling up
        }
        return folded.computeIfAbsent(unit.name(), Name::of);
    }

    /** Words that end a name typed after "chi bộ" or "đảng bộ": the question's own words, not the name's. */
    private static final Set<String> STOP = Set.of(
            "nao", "nay", "minh", "toi", "cua", "co", "la", "gi", "thang", "quy", "nam", "da", "chua", "hop", "sinh",
            "hoat", "cac", "nhung", "trong", "thuoc", "ve", "va", "voi", "ngay", "den", "sau", "truoc", "ngoai", "tuan",
            "hom", "bao", "nhieu", "khong", "roi", "duoc", "ai", "the", "ra", "sao", "dong", "khi", "lich", "han",
            "tinh", "hinh", "ket", "qua", "ty", "ti", "le", "khen", "bang", "giay", "vang", "danh", "sach", "dang",
            "vien", "bien", "ban", "lan", "buoi", "gan", "nhat", "cuoi", "huy", "hieu", "nop", "tre", "cham", "chuyen",
            "de", "dien", "dan", "thi", "dua", "tien", "do", "phan", "tram", "nhu");

    private final Set<String> stop = STOP;

    Named find(String q, List<OrgUnit> scope) {
        String padded = " " + q + " ";
        List<OrgUnit> exact = new ArrayList<>();
        List<OrgUnit> close = new ArrayList<>();
        String[] tokens = q.split(" ");
        for (OrgUnit unit : scope) {
            Name name = name(unit);
            if (name.core().length() >= 2 && padded.contains(name.padded())) {
                exact.add(unit);
            }
        }
        if (exact.isEmpty()) {
            java.util.Map<Integer, List<String>> windows = new java.util.HashMap<>();
            for (OrgUnit unit : scope) {
                Name name = name(unit);
                if (name.core().length() >= 5
                        && fuzzy(windows.computeIfAbsent(name.words(), n -> windows(tokens, n)), name.core())) {
                    close.add(unit);
                }
            }
            // "đảng bộ Khối" for "Đảng bộ Khối các cơ quan tỉnh": the kind said, then the name's first word.
            for (int i = 0; i + 2 < tokens.length; i++) {
                String kind = tokens[i] + " " + tokens[i + 1];
                if (!kind.equals("chi bo") && !kind.equals("dang bo") || tokens[i + 2].length() < 3) {
                    continue;
                }
                boolean cell = kind.equals("chi bo");
                String first = tokens[i + 2];
                for (OrgUnit unit : scope) {
                    if (unit.isCell() == cell && name(unit).first().equals(first)) {
                        exact.add(unit);
                    }
                }
            }
        }
        List<OrgUnit> found = exact.isEmpty() ? close : exact;
        if (found.size() > 1) {
            // "chi bộ Văn phòng" against a cell and a committee both called "Văn phòng": the kind said decides.
            List<OrgUnit> ofKind =
                    found.stream().filter(u -> saysKind(padded, u)).toList();
            found = ofKind.isEmpty() ? found : ofKind;
            // The longest name wins over one contained in it ("Văn phòng Sở" over "Văn phòng").
            int longest =
                    found.stream().mapToInt(u -> name(u).core().length()).max().orElse(0);
            found = found.stream()
                    .filter(u -> name(u).core().length() == longest)
                    .toList();
        }
        if (found.size() == 1) {
            return new Named.One(found.get(0));
        }
        if (found.size() > 1) {
            return new Named.Several(found);
        }
        String asked = nameAfterKind(tokens);
        return asked.isEmpty() ? new Named.Nothing() : new Named.Unknown(asked);
    }

    /** The name without the kind it starts with: "chi bo van phong" → "van phong". */
    static String core(String name) {
        for (String kind : KIND_WORDS) {
            if (name.startsWith(kind + " ")) {
                return name.substring(kind.length() + 1);
            }
        }
        return name;
    }

    /** The question names the unit with its kind: its whole name, or "chi bộ" / "đảng bộ" and the rest of it. */
    private boolean saysKind(String padded, OrgUnit unit) {
        String name = name(unit).plain();
        String core = name(unit).core();
        String kind = unit.isCell() ? "chi bo" : "dang bo";
        return padded.contains(" " + name + " ") || padded.contains(" " + kind + " " + core + " ");
    }

    /** Every run of {@code n} words of the question. */
    private static List<String> windows(String[] tokens, int n) {
        List<String> runs = new ArrayList<>();
        for (int i = 0; i + n <= tokens.length; i++) {
            runs.add(String.join(" ", Arrays.copyOfRange(tokens, i, i + n)));
        }
        return runs;
    }

    /** The core against each run of as many words of the question, within a letter or two. */
    private static boolean fuzzy(List<String> runs, String core) {
        int allowed = core.length() <= 10 ? 1 : 2;
        for (String run : runs) {
            if (Math.abs(run.length() - core.length()) > allowed) {
                continue;
            }
            int distance = DISTANCE.apply(run, core);
            if (distance >= 0 && distance <= allowed) {
                return true;
            }
        }
        return false;
    }

    /** The words after "chi bộ" or "đảng bộ" up to the first word of the grammar: a unit's name, as asked. */
    private String nameAfterKind(String[] tokens) {
        for (int i = 0; i + 1 < tokens.length; i++) {
            String pair = tokens[i] + " " + tokens[i + 1];
            if (pair.equals("chi bo") || pair.equals("dang bo") || pair.equals("dang uy")) {
                List<String> name = new ArrayList<>();
                for (int j = i + 2; j < tokens.length && !stop.contains(tokens[j]) && !tokens[j].matches("\\d+"); j++) {
                    name.add(tokens[j]);
                }
                if (!name.isEmpty()) {
                    return String.join(" ", name);
                }
            }
        }
        return "";
    }
}

package vn.chibo.content.question;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chibo.content.roster.Fold;

/**
 * The grammar of questions_vi.txt, read once: words people type and what they stand for, the phrases of each intent
 * in order of precedence, and the phrases naming a kind of meeting. Text is normalised before matching: folded,
 * punctuation as spaces, "q3" as "quy 3", "t10" as "thang 10", then the words replaced.
 */
public final class QuestionGrammar {

    private static final Pattern QUARTER = Pattern.compile("\\bq([1-4])\\b");
    private static final Pattern MONTH = Pattern.compile("\\bt(1[0-2]|[1-9])\\b");

    private final List<Map.Entry<Pattern, String>> words;
    private final List<Map.Entry<Intent, List<String>>> intents;
    private final Map<String, List<String>> kinds;

    private QuestionGrammar(
            List<Map.Entry<Pattern, String>> words,
            List<Map.Entry<Intent, List<String>>> intents,
            Map<String, List<String>> kinds) {
        this.words = words;
        this.intents = intents;
        this.kinds = kinds;
    }

    /** The grammar chibo ships with. */
    public static QuestionGrammar standard() {
        try (InputStream in = QuestionGrammar.class.getResourceAsStream("questions_vi.txt")) {
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static QuestionGrammar read(List<String> lines) {
        List<String[]> words = new ArrayList<>();
        List<Map.Entry<Intent, List<String>>> intents = new ArrayList<>();
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        String section = "";
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
                continue;
            }
            switch (section) {
                case "words" -> {
                    String[] pair = line.split("=>", 2);
                    words.add(new String[] {plain(pair[0]), plain(pair[1])});
                }
                case "intents" -> {
                    String[] entry = line.split(":", 2);
                    intents.add(
                            Map.entry(Intent.valueOf(entry[0].strip().toUpperCase(Locale.ROOT)), phrases(entry[1])));
                }
                case "kinds" -> {
                    String[] entry = line.split(":", 2);
                    kinds.put(entry[0].strip(), phrases(entry[1]));
                }
                default -> throw new IllegalArgumentException("A line outside a section: " + line);
            }
        }
        // Longer phrases first, so "bao nhiu" is replaced before a shorter word inside it could be.
        words.sort(Comparator.comparingInt((String[] w) -> w[0].length()).reversed());
        List<Map.Entry<Pattern, String>> compiled = words.stream()
                .map(w -> Map.entry(Pattern.compile("(?<![a-z0-9])" + Pattern.quote(w[0]) + "(?![a-z0-9])"), w[1]))
                .toList();
        return new QuestionGrammar(compiled, intents, kinds);
    }

    private static List<String> phrases(String list) {
        return Arrays.stream(list.split("\\|"))
                .map(QuestionGrammar::plain)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /** Folded, punctuation as spaces, single spaces ("/" kept for dates). */
    static String plain(String text) {
        return Fold.of(text)
                .replaceAll("[^a-z0-9/ ]+", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** "ĐU", "đu": đảng ủy, told from "đủ" only before folding takes the marks away. */
    private static final Pattern PARTY_COMMITTEE = Pattern.compile("(?iu)(?<![\\p{L}\\d])\\u0111u(?![\\p{L}\\d])");

    /** The question as the grammar reads it. */
    public String normalise(String text) {
        String s = plain(PARTY_COMMITTEE.matcher(text).replaceAll("dang uy"));
        s = QUARTER.matcher(s).replaceAll("quy $1");
        s = MONTH.matcher(s).replaceAll("thang $1");
        for (Map.Entry<Pattern, String> word : words) {
            s = word.getKey().matcher(s).replaceAll(Matcher.quoteReplacement(word.getValue()));
        }
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The first intent listed with a phrase in {@code normalised}. */
    public Optional<Intent> intent(String normalised) {
        String padded = " " + normalised + " ";
        for (Map.Entry<Intent, List<String>> intent : intents) {
            if (intent.getValue().stream().anyMatch(p -> padded.contains(" " + p + " "))) {
                return Optional.of(intent.getKey());
            }
        }
        return Optional.empty();
    }

    /** The kind of meeting {@code normalised} names ("thematic", "forum"), if any. */
    public Optional<String> kind(String normalised) {
        String padded = " " + normalised + " ";
        return kinds.entrySet().stream()
                .filter(k -> k.getValue().stream().anyMatch(p -> padded.contains(" " + p + " ")))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}

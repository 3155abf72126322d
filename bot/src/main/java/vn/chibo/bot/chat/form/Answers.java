package vn.chibo.bot.chat.form;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The answers given so far: a value (for code) and a label (for people) per question key. */
public final class Answers {

    final Map<String, String> values;
    final Map<String, String> labels;

    Answers(Map<String, String> values, Map<String, String> labels) {
        this.values = new LinkedHashMap<>(values);
        this.labels = new LinkedHashMap<>(labels);
    }

    /** Every value given, by question key (a copy). */
    public Map<String, String> values() {
        return new LinkedHashMap<>(values);
    }

    /** Every label shown, by question key (a copy). */
    public Map<String, String> labels() {
        return new LinkedHashMap<>(labels);
    }

    public String value(String key) {
        return values.get(key);
    }

    public long id(String key) {
        return Long.parseLong(values.get(key));
    }

    /** A day answered (kept as an ISO date); null when not answered. */
    public LocalDate date(String key) {
        return has(key) ? LocalDate.parse(values.get(key)) : null;
    }

    /** A time of day answered (kept as "14:30"); null when not answered. */
    public LocalTime time(String key) {
        return has(key) ? LocalTime.parse(values.get(key)) : null;
    }

    /** The values switched on in a toggle question (kept comma-joined); empty when none or not answered. */
    public Set<String> choices(String key) {
        String csv = values.get(key);
        return csv == null || csv.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(csv.split(",")));
    }

    /** The ids switched on in a toggle question whose options are ids; empty when none or not answered. */
    public List<Long> ids(String key) {
        String csv = values.get(key);
        return csv == null || csv.isBlank()
                ? List.of()
                : Arrays.stream(csv.split(",")).map(Long::valueOf).toList();
    }

    public String label(String key) {
        return labels.get(key);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }
}

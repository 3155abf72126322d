package vn.chibo.bot.chat.form;

import java.util.LinkedHashMap;
import java.util.Map;

/** The answers given so far: a value (for code) and a label (for people) per question key. */
public final class Answers {

    final Map<String, String> values;
    final Map<String, String> labels;

    Answers(Map<String, String> values, Map<String, String> labels) {
        this.values = new LinkedHashMap<>(values);
        this.labels = new LinkedHashMap<>(labels);
    }

    public String value(String key) {
        return values.get(key);
    }

    public long id(String key) {
        return Long.parseLong(values.get(key));
    }

    public String label(String key) {
        return labels.get(key);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }
}

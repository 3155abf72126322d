package vn.chibo.bot.chat.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a form stands, as stored in the conversation: the question shown ({@code step}; the number of
 * questions means the summary), the questions actually asked (for "back"), the page and filter of a
 * choice, the options on screen (presses carry only an index into them), and the answers.
 */
final class FormState {

    private static final ObjectMapper JSON = new ObjectMapper();

    public int step;
    public int page;
    /** True after "edit" on the summary: answered questions are not asked again, and the summary returns. */
    public boolean editing;

    public String filter = "";
    public List<List<String>> shown = new ArrayList<>();
    public List<Integer> asked = new ArrayList<>();
    public Map<String, String> values = new LinkedHashMap<>();
    public Map<String, String> labels = new LinkedHashMap<>();
    /** Answers given by another answer's text (the end of "14h - 16h30"), not asked while that answer stands. */
    public java.util.Set<String> given = new java.util.LinkedHashSet<>();
    /** When the form began (epoch ms), and the person's own messages in it: what tidying after saving deletes. */
    public long since;

    public List<Integer> typed = new ArrayList<>();

    Answers answers() {
        return new Answers(values, labels);
    }

    void answer(String key, String value, String label) {
        values.put(key, value);
        labels.put(key, label);
    }

    void moveTo(int next) {
        step = next;
        page = 0;
        filter = "";
        shown = new ArrayList<>();
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static FormState fromJson(String json) {
        if (json == null || json.isEmpty()) {
            return new FormState();
        }
        try {
            return JSON.readValue(json, FormState.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable form state", e);
        }
    }
}

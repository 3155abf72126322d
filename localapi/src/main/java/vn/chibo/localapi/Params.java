package vn.chibo.localapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;

/**
 * A Bot API call's parameters, whichever way they came (query string, form, JSON body, multipart), as
 * the Bot API accepts all four. Structured values (reply_markup, commands) may arrive as JSON text.
 */
final class Params {

    private final Map<String, Object> values = new HashMap<>();
    private final Map<String, StoredFile> files = new HashMap<>();
    private final ObjectMapper json;

    Params(ObjectMapper json) {
        this.json = json;
    }

    void put(String name, Object value) {
        values.put(name, value);
    }

    void putFile(String name, StoredFile file) {
        files.put(name, file);
    }

    /**
     * The file given for {@code field}: a part uploaded under that name, a part named by
     * {@code attach://<name>}, or (via {@code known}) a file_id the server already holds.
     */
    StoredFile file(String field, java.util.function.Function<String, StoredFile> known) {
        if (files.containsKey(field)) {
            return files.get(field);
        }
        String value = string(field);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.startsWith("attach://")) {
            StoredFile attached = files.get(value.substring("attach://".length()));
            if (attached == null) {
                throw ApiError.badRequest("file attachment not found");
            }
            return attached;
        }
        StoredFile existing = known.apply(value);
        if (existing == null) {
            throw ApiError.badRequest("wrong file identifier/HTTP URL specified");
        }
        return existing;
    }

    String string(String name) {
        Object value = values.get(name);
        return value == null ? null : value.toString();
    }

    String required(String name) {
        String value = string(name);
        if (value == null || value.isEmpty()) {
            throw ApiError.badRequest(name + " is empty");
        }
        return value;
    }

    long requiredLong(String name) {
        try {
            return Long.parseLong(required(name));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("invalid " + name);
        }
    }

    Integer integer(String name) {
        String value = string(name);
        try {
            return value == null || value.isEmpty() ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("invalid " + name);
        }
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(string(name));
    }

    /** A structured parameter: an object already, or JSON text to parse. */
    Object structured(String name) {
        Object value = values.get(name);
        if (value instanceof String text) {
            try {
                return json.readValue(text, Object.class);
            } catch (JsonProcessingException e) {
                throw ApiError.badRequest("can't parse " + name + " JSON object");
            }
        }
        return value;
    }
}

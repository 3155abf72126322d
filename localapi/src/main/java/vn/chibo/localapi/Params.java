package vn.chibo.localapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
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

    /** The parameters of one call, from its query string and its body, files stored on {@code telegram} as uploads. */
    static Params read(HttpExchange exchange, ObjectMapper json, LocalTelegram telegram) throws IOException {
        Params params = new Params(json);
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            formFields(query, params);
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (body.length == 0 || contentType == null) {
            return params;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            Object parsed;
            try {
                parsed = json.readValue(body, Object.class);
            } catch (IOException e) {
                throw ApiError.badRequest("can't parse JSON");
            }
            if (parsed instanceof Map<?, ?> map) {
                map.forEach((k, v) -> params.put(k.toString(), v));
            }
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            formFields(new String(body, StandardCharsets.UTF_8), params);
        } else if (type.startsWith("multipart/form-data")) {
            for (Multipart.Part part : Multipart.parse(body, Multipart.boundary(contentType))) {
                if (part.fileName() != null) {
                    params.putFile(
                            part.name(),
                            telegram.files.storeUpload(part.fileName(), part.contentType(), part.body(), false));
                } else {
                    params.put(part.name(), part.text());
                }
            }
        }
        return params;
    }

    private static void formFields(String encoded, Params params) {
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
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

package vn.chibo.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A benchmark's figures as data, beside what it prints: written as JSON to the file {@code --json=FILE} names, so two
 * runs can be compared by a script. Keys are dotted paths ({@code "chibo.p99_ms"}), kept in the order they were put.
 */
final class Figures {

    private final String benchmark;
    private final String file;
    private final Map<String, Object> root = new LinkedHashMap<>();

    Figures(String benchmark, BenchmarkOptions options) {
        this.benchmark = benchmark;
        this.file = options.value("json");
        root.put("benchmark", benchmark);
        root.put("at", Instant.now().toString());
        root.put("processors", Runtime.getRuntime().availableProcessors());
    }

    /** Records {@code value} (a number, text, or null for "not measured") under the dotted {@code key}. */
    Figures put(String key, Object value) {
        Map<String, Object> node = root;
        String[] parts = key.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            node = child(node, parts[i]);
        }
        node.put(parts[parts.length - 1], rounded(value));
        return this;
    }

    /**
     * For a benchmark run against the limits and without them: has {@code put} record each side that ran, under
     * "limited." and "open." keys.
     */
    <T> Figures sides(T limited, T open, java.util.function.BiConsumer<String, T> put) {
        if (limited != null) {
            put.accept("limited.", limited);
        }
        if (open != null) {
            put.accept("open.", open);
        }
        return this;
    }

    /** A label as a key: lower case, runs of anything but letters and digits as one underscore. */
    static String key(String label) {
        return label.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
    }

    /** Writes the figures if {@code --json=FILE} was given; says where. */
    void write(java.io.PrintStream out) {
        if (file == null) {
            return;
        }
        try {
            new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(Path.of(file).toFile(), root);
            out.printf("Figures of %s written to %s%n", benchmark, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> node, String name) {
        return (Map<String, Object>) node.computeIfAbsent(name, n -> new LinkedHashMap<String, Object>());
    }

    private static Object rounded(Object value) {
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? null : Math.round(d * 1000) / 1000.0;
        }
        return value;
    }
}

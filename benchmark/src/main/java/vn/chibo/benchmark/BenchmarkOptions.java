package vn.chibo.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A benchmark's command line after its name: numbers in order, and {@code --key=value} options. */
final class BenchmarkOptions {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> named = new HashMap<>();

    BenchmarkOptions(String[] args) {
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                named.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
            } else {
                positional.add(arg);
            }
        }
    }

    int number(int index, int otherwise) {
        return positional.size() > index
                ? Integer.parseInt(positional.get(index).replace(",", "").replace("_", ""))
                : otherwise;
    }

    String value(String key) {
        return named.get(key);
    }

    String value(String key, String otherwise) {
        return named.getOrDefault(key, otherwise);
    }
}

package vn.chibo.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Where a benchmark keeps chibo's data: by default a file H2 in a temporary folder, as the default deployment has
 * (an in-memory H2 would hold everything in the heap and measure the garbage collector rather than chibo); with
 * {@code --postgres=jdbc:postgresql://host:port/db}, a new database created on that server for the run and dropped
 * afterwards, so a benchmark never touches data of its own choosing.
 */
final class BenchmarkDatabase implements AutoCloseable {

    private final String label;
    private final Map<String, String> settings;
    private final Runnable cleanUp;

    private BenchmarkDatabase(String label, Map<String, String> settings, Runnable cleanUp) {
        this.label = label;
        this.settings = settings;
        this.cleanUp = cleanUp;
    }

    static BenchmarkDatabase from(BenchmarkOptions options) {
        String postgres = options.value("postgres");
        return postgres == null
                ? h2(options.value("h2-settings", ""))
                : postgres(postgres, options.value("db-user", "postgres"), options.value("db-password", ""));
    }

    /** What the run prints about its database. */
    String label() {
        return label;
    }

    /** The Spring settings that point chibo at this database. */
    Map<String, String> settings() {
        return settings;
    }

    @Override
    public void close() {
        cleanUp.run();
    }

    /** {@code settings}: more of H2's URL settings, e.g. {@code CACHE_SIZE=262144}, to try a deployment's own. */
    private static BenchmarkDatabase h2(String settings) {
        try {
            Path folder = Files.createTempDirectory("chibo-benchmark-");
            Map<String, String> spring = new LinkedHashMap<>();
            spring.put(
                    "spring.datasource.url",
                    "jdbc:h2:file:" + folder.resolve("chibo") + (settings.isEmpty() ? "" : ";" + settings));
            String label = "H2 on file (temporary" + (settings.isEmpty() ? "" : ", " + settings) + ")";
            return new BenchmarkDatabase(label, spring, () -> delete(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BenchmarkDatabase postgres(String url, String user, String password) {
        int slash = url.lastIndexOf('/');
        if (!url.startsWith("jdbc:postgresql://") || slash < "jdbc:postgresql://".length()) {
            throw new IllegalArgumentException("--postgres takes a URL like jdbc:postgresql://localhost:5432/postgres");
        }
        String name = "chibo_benchmark_"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        String server = url.substring(0, slash + 1);
        String query = url.indexOf('?', slash) < 0 ? "" : url.substring(url.indexOf('?', slash));
        execute(url, user, password, "CREATE DATABASE " + name);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("spring.profiles.active", "postgres");
        settings.put("spring.datasource.url", server + name + query);
        settings.put("spring.datasource.username", user);
        settings.put("spring.datasource.password", password);
        return new BenchmarkDatabase(
                "PostgreSQL (" + server + name + ", dropped afterwards)",
                settings,
                () -> execute(url, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + ": " + e.getMessage(), e);
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not remove " + folder + ": " + e.getMessage());
        }
    }
}

package vn.chibo.bot.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chibo.bot.ChiboApplication;
import vn.chibo.bot.localapi.LocalBotApiServer;

/**
 * chibo as a benchmark runs it: in this JVM, against a local Bot API server, quiet in the log, on a file H2 as
 * the default deployment has (in a temporary folder removed when the JVM exits). An in-memory H2 would hold the
 * whole generated organisation in the heap and measure the garbage collector rather than chibo.
 */
final class BenchmarkChibo {

    private BenchmarkChibo() {}

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("chibo-benchmark-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException e) {
                    System.err.println("Could not remove " + folder + ": " + e.getMessage());
                }
            }));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ConfigurableApplicationContext start(LocalBotApiServer server, Map<String, String> overrides) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("chibo.bot.token", server.telegram().token());
        settings.put("chibo.bot.api-url", server.baseUrl());
        settings.put("spring.datasource.url", "jdbc:h2:file:" + temporaryFolder().resolve("chibo") + ";WRITE_DELAY=0");
        settings.put("server.port", "0");
        settings.put("chibo.polling.timeout-seconds", "1");
        settings.put("chibo.reminders.sweep-cron", "0 0 0 1 1 ? 2099");
        settings.put("logging.level.root", "WARN");
        settings.putAll(overrides);
        List<String> args = new ArrayList<>();
        settings.forEach((k, v) -> args.add("--" + k + "=" + v));
        return new SpringApplicationBuilder(ChiboApplication.class).run(args.toArray(String[]::new));
    }
}

package vn.chibo.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import vn.chibo.localapi.LocalBotApiServer;

/**
 * chibo started as deployed, {@code java [options] -jar chibo.jar}, as a process of its own against the benchmark's
 * local Bot API server and database, its output in a log file; with its resident memory read from /proc (Linux).
 */
final class ChiboProcess implements AutoCloseable {

    final Process process;
    final Path log;

    private ChiboProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** The jar named by {@code --jar} (default: the run command's), or null when it is not built. */
    /** The jar and JVM options of the README's run command, which a benchmark starts unless told otherwise. */
    static final String RUN_COMMAND_JAR = "bot/target/app/chibo.jar";

    static final List<String> RUN_COMMAND_OPTIONS = List.of("-XX:SharedArchiveFile=bot/target/app/chibo.jsa");

    static String jar(BenchmarkOptions options) {
        String jar = options.value("jar") == null ? RUN_COMMAND_JAR : options.value("jar");
        if (!Files.isRegularFile(Path.of(jar))) {
            System.err.println(
                    "No chibo jar at " + jar + ": build it first (./mvnw -q -DskipTests package), or give --jar=PATH");
            return null;
        }
        return jar;
    }

    /** The JVM options given with {@code --java-options} (not given: the run command's; empty: none). */
    static List<String> javaOptions(BenchmarkOptions options) {
        String given = options.value("java-options");
        if (given == null) {
            return RUN_COMMAND_OPTIONS;
        }
        return given.isBlank() ? List.of() : List.of(given.trim().split("\\s+"));
    }

    static ChiboProcess start(
            String jar,
            List<String> javaOptions,
            LocalBotApiServer server,
            BenchmarkDatabase database,
            Map<String, String> settings)
            throws IOException {
        Path log = Files.createTempFile("chibo-benchmark-", ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar);
        command.add("--chibo.bot.token=" + server.telegram().token());
        command.add("--chibo.bot.api-url=" + server.baseUrl());
        command.add("--server.port=0");
        command.add("--management.server.port=0");
        command.add("--chibo.backup.cron=-");
        database.settings().forEach((key, value) -> command.add("--" + key + "=" + value));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // A benchmark stopped early (Ctrl-C) takes its chibo with it.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        return new ChiboProcess(process, log);
    }

    /** Waits until {@code condition} holds; false when it did not within {@code millis} or chibo died. */
    boolean waitFor(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline || !process.isAlive()) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** The process's resident set (VmRSS), in KiB. */
    long rssKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /**
     * The heap still in use right after a full collection (KiB), asked of the JVM with the JDK's jcmd: what chibo
     * really holds, apart from how far the JVM chose to grow its heap; -1 when jcmd cannot tell.
     */
    long liveHeapKiB() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        String pid = Long.toString(process.pid());
        if (new ProcessBuilder(jcmd.toString(), pid, "GC.run").start().waitFor() != 0) {
            return -1;
        }
        Process info = new ProcessBuilder(jcmd.toString(), pid, "GC.heap_info")
                .redirectErrorStream(true)
                .start();
        String text = new String(info.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        info.waitFor();
        java.util.regex.Matcher used = USED.matcher(text);
        return used.find() ? Long.parseLong(used.group(1)) : -1;
    }

    /** The first heap line of GC.heap_info: "garbage-first heap   total 262144K, used 123456K [...]". */
    private static final java.util.regex.Pattern USED =
            java.util.regex.Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}

package vn.chibo.bot.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** chibo in its own JVM, so a test can kill it as hard as a power cut would (SIGKILL, no shutdown hooks). */
final class ChildChibo implements AutoCloseable {

    private final Process process;

    private ChildChibo(Process process) {
        this.process = process;
    }

    static ChildChibo start(Map<String, String> settings, Path log) throws IOException {
        return start(settings, log, "512m");
    }

    /** As {@link #start(Map, Path)}, with a heap of {@code maxHeap} (-Xmx). */
    static ChildChibo start(Map<String, String> settings, Path log, String maxHeap) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("vn.chibo.bot.ChiboApplication");
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new ChildChibo(process);
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    /**
     * SIGTERM, as a service manager or {@code docker stop} ends it: waits up to {@code bound} for the JVM to exit and
     * returns its exit code, or -1 if it still runs then.
     */
    int terminate(java.time.Duration bound) throws InterruptedException {
        sigterm();
        return awaitExit(bound);
    }

    /** Sends SIGTERM and returns at once: the JVM begins its graceful shutdown. */
    void sigterm() {
        process.destroy();
    }

    /** Waits up to {@code bound} for the JVM to exit: its exit code, or -1 if it still runs then. */
    int awaitExit(java.time.Duration bound) throws InterruptedException {
        return process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    static String h2File(Path dir) {
        return "jdbc:h2:file:"
                + dir.resolve("chibo").toAbsolutePath().toString().replace(File.separatorChar, '/');
    }
}

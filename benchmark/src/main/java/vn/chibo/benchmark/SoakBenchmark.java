package vn.chibo.benchmark;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;
import vn.chibo.localapi.Person;

/**
 * {@code java -jar chibo-benchmark.jar soak [people] [--minutes=30] [--java-options=...] [--jar=bot/target/app/chibo.jar]}:
 * whether chibo's memory stays bounded under a long load. chibo runs as deployed ({@code java -jar chibo.jar}, the run
 * command's default JVM options unless given), and {@code people} secretaries (default 50) walk the throughput
 * benchmark's meeting-log script in a closed loop, as fast as it answers, for {@code minutes}. Its resident set is
 * printed when it first answers and after every five minutes, with the updates handled and the answer latency of that
 * stretch, and the heap still live after a full collection (jcmd): the resident set follows how far the JVM chose to
 * grow its heap (a quarter of the machine's memory by default), the live heap what chibo really holds. The local server keeps its chats on a folder, as the sandbox's does, so it bounds its own memory too.
 */
public final class SoakBenchmark {

    static final long STRETCH = 5 * 60_000L;

    private SoakBenchmark() {}

    public static int run(String[] args, PrintStream out) throws Exception {
        BenchmarkOptions options = new BenchmarkOptions(args);
        int people = options.number(0, 50);
        long minutes = Long.parseLong(options.value("minutes", "30"));
        String jar = ChiboProcess.jar(options);
        if (jar == null) {
            return 2;
        }
        List<String> javaOptions = ChiboProcess.javaOptions(options);
        Path chats = Files.createTempDirectory("chibo-soak-chats-");
        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_soak_bot", chats);
        try {
            return soak(telegram, options, people, minutes, jar, javaOptions, out);
        } finally {
            BenchmarkDatabase.delete(chats);
        }
    }

    private static int soak(
            LocalTelegram telegram,
            BenchmarkOptions options,
            int people,
            long minutes,
            String jar,
            List<String> javaOptions,
            PrintStream out)
            throws Exception {
        Figures figures = new Figures("soak", options).put("people", people).put("minutes", minutes);
        try (BenchmarkDatabase database = BenchmarkDatabase.from(options);
                var server = LocalBotApiServer.start(telegram, 0)) {
            List<Person> secretaries;
            try (ConfigurableApplicationContext chibo = BenchmarkChibo.start(server, database, Map.of())) {
                secretaries = ThroughputBenchmark.secretaries(chibo, telegram, people);
            }
            try (ChiboProcess process =
                    ChiboProcess.start(jar, javaOptions, server, database, ThroughputBenchmark.UNPACED)) {
                out.printf(
                        "Soak: %d people for %d min against java %s-jar %s (%s), log in %s%n",
                        people,
                        minutes,
                        javaOptions.isEmpty() ? "" : String.join(" ", javaOptions) + " ",
                        jar,
                        database.label(),
                        process.log);
                Person first = secretaries.get(0);
                first.sends("/start");
                if (!process.waitFor(() -> !first.fromBot().isEmpty(), 180_000)) {
                    System.err.println("chibo did not answer /start; see " + process.log);
                    return 1;
                }
                long atStart = process.rssKiB();
                out.printf(
                        "%n%8s %12s %10s %10s %10s %12s %16s%n",
                        "minute", "updates/s", "p50 ms", "p99 ms", "late", "RSS MiB", "live heap MiB");
                out.printf(
                        "%8d %12s %10s %10s %10s %,12d %,16d%n",
                        0, "-", "-", "-", "-", atStart / 1024, process.liveHeapKiB() / 1024);
                long timeouts = 0;
                long highest = atStart;
                for (long done = 0; done < minutes * 60_000L; done += STRETCH) {
                    long stretch = Math.min(STRETCH, minutes * 60_000L - done);
                    ClosedLoop.Result result =
                            ClosedLoop.run(telegram, secretaries, ThroughputBenchmark.meetingLog(), 0, stretch);
                    if (!process.process.isAlive()) {
                        System.err.println("chibo stopped during the soak; see " + process.log);
                        return 1;
                    }
                    long rss = process.rssKiB();
                    highest = Math.max(highest, rss);
                    timeouts += result.timeouts();
                    long minute = (done + stretch) / 60_000;
                    figures.put("minute_" + minute + ".updates_per_second", result.perSecond())
                            .put("minute_" + minute + ".p50_ms", result.percentileMillis(50))
                            .put("minute_" + minute + ".p99_ms", result.percentileMillis(99))
                            .put("minute_" + minute + ".not_seen_within_10s", result.timeouts())
                            .put("minute_" + minute + ".rss_mib", rss / 1024);
                    out.printf(
                            "%8d %12.0f %10.1f %10.1f %10d %,12d %,16d%n",
                            (done + stretch) / 60_000,
                            result.perSecond(),
                            result.percentileMillis(50),
                            result.percentileMillis(99),
                            result.timeouts(),
                            rss / 1024,
                            process.liveHeapKiB() / 1024);
                }
                out.printf(
                        "%nresident memory: %,d MiB at the first answer, %,d MiB at the end, %,d MiB at the most;"
                                + " answers not seen within 10 s: %d%n",
                        atStart / 1024, process.rssKiB() / 1024, highest / 1024, timeouts);
                figures.put("rss_mib.at_first_answer", atStart / 1024)
                        .put("rss_mib.at_most", highest / 1024)
                        .put("not_seen_within_10s", timeouts)
                        .write(out);
                return timeouts == 0 ? 0 : 1;
            }
        }
    }
}

package vn.chibo.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;
import vn.chibo.localapi.Person;

/**
 * {@code java -jar chibo-benchmark.jar startup [--java-options="-Xmx512m"] [--postgres=URL]}: start-up time and resident
 * memory of chibo with a whole bloc committee's data in its database (the status benchmark's: 5,200 cells, ~130,000
 * members, a year of meetings). The data is written first; then {@code java -jar chibo.jar} is started as a process of
 * its own, exactly as deployed, against the local Bot API server, and timed until it answers a person's /start. Its
 * resident set (VmRSS) is read then, after 50 people have written to it, and after a leader's /tinhhinh over all
 * 5,200 cells.
 */
public final class StartupBenchmark {

    static final long LEADER = 9_100_001L;
    static final Pattern STARTED = Pattern.compile("Started ChiboApplication in ([0-9.]+) seconds");

    private StartupBenchmark() {}

    public static int run(String[] args, PrintStream out) throws Exception {
        BenchmarkOptions options = new BenchmarkOptions(args);
        String jar = options.value("jar") == null ? "bot/target/chibo.jar" : options.value("jar");
        if (!Files.isRegularFile(Path.of(jar))) {
            System.err.println(
                    "No chibo jar at " + jar + ": build it first (./mvnw -q -DskipTests package), or give --jar=PATH");
            return 2;
        }
        List<String> javaOptions = options.value("java-options") == null
                ? List.of()
                : List.of(options.value("java-options").trim().split("\\s+"));
        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_startup_bot");
        try (BenchmarkDatabase database = BenchmarkDatabase.from(options);
                var server = LocalBotApiServer.start(telegram, 0)) {
            try (ConfigurableApplicationContext chibo = BenchmarkChibo.start(server, database, Map.of())) {
                OrgUnit top = CommitteeData.generate(chibo, out);
                chibo.getBean(RoleAssignments.class).assign(top, Role.LEADER, "Trần Văn Lãnh", LEADER);
            }
            Path log = Files.createTempFile("chibo-startup-", ".log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(javaOptions);
            command.add("-jar");
            command.add(jar);
            command.add("--chibo.bot.token=" + telegram.token());
            command.add("--chibo.bot.api-url=" + server.baseUrl());
            command.add("--server.port=0");
            command.add("--management.server.port=0");
            command.add("--chibo.backup.cron=-");
            database.settings().forEach((key, value) -> command.add("--" + key + "=" + value));
            out.printf(
                    "%nStarting java %s-jar %s (%s), log in %s%n",
                    javaOptions.isEmpty() ? "" : String.join(" ", javaOptions) + " ", jar, database.label(), log);

            Person leader = telegram.person(LEADER, "Lãnh đạo");
            long began = System.nanoTime();
            leader.sends("/start");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            try {
                if (!waitFor(() -> !leader.fromBot().isEmpty(), 180_000, process)) {
                    System.err.println("chibo did not answer /start; see " + log);
                    return 1;
                }
                double answered = (System.nanoTime() - began) / 1e9;
                long rssStarted = rssKiB(process.pid());

                List<Person> crowd = IntStream.range(0, 50)
                        .mapToObj(i -> telegram.person(9_200_000L + i, "Người " + i))
                        .toList();
                crowd.forEach(p -> p.sends("/help"));
                waitFor(() -> crowd.stream().allMatch(p -> !p.fromBot().isEmpty()), 60_000, process);
                long rssAfterBurst = rssKiB(process.pid());

                int before = leader.fromBot().size();
                long asked = System.nanoTime();
                leader.sends("/tinhhinh");
                waitFor(() -> leader.fromBot().size() > before, 60_000, process);
                double firstStatus = (System.nanoTime() - asked) / 1e9;
                long rssAfterStatus = rssKiB(process.pid());

                Matcher started = STARTED.matcher(Files.readString(log));
                out.println();
                out.printf(
                        "%-52s %s%n",
                        "Spring's own figure",
                        started.find() ? "Started in " + started.group(1) + " s" : "(not in the log)");
                out.printf("%-52s %.1f s%n", "process start to the answer to /start", answered);
                out.printf("%-52s %.0f ms%n", "first /tinhhinh over 5,200 cells (cold)", firstStatus * 1000);
                out.printf("%-52s %,d MiB%n", "resident memory when it answered /start", rssStarted / 1024);
                out.printf("%-52s %,d MiB%n", "resident memory after 50 people wrote", rssAfterBurst / 1024);
                out.printf("%-52s %,d MiB%n", "resident memory after /tinhhinh", rssAfterStatus / 1024);
                return 0;
            } finally {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    private static boolean waitFor(BooleanSupplier condition, long millis, Process process)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline || !process.isAlive()) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** The process's resident set from /proc (Linux), in KiB. */
    private static long rssKiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}

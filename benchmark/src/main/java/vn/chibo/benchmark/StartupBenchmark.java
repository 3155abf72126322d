package vn.chibo.benchmark;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
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
        String jar = ChiboProcess.jar(options);
        if (jar == null) {
            return 2;
        }
        List<String> javaOptions = ChiboProcess.javaOptions(options);
        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_startup_bot");
        try (BenchmarkDatabase database = BenchmarkDatabase.from(options);
                var server = LocalBotApiServer.start(telegram, 0)) {
            try (ConfigurableApplicationContext chibo = BenchmarkChibo.start(server, database, Map.of())) {
                OrgUnit top = CommitteeData.generate(chibo, out);
                chibo.getBean(RoleAssignments.class).assign(top, Role.LEADER, "Trần Văn Lãnh", LEADER);
            }
            Person leader = telegram.person(LEADER, "Lãnh đạo");
            long began = System.nanoTime();
            leader.sends("/start");
            try (ChiboProcess process = ChiboProcess.start(jar, javaOptions, server, database, Map.of())) {
                out.printf(
                        "%nStarted java %s-jar %s (%s), log in %s%n",
                        javaOptions.isEmpty() ? "" : String.join(" ", javaOptions) + " ",
                        jar,
                        database.label(),
                        process.log);
                if (!process.waitFor(() -> !leader.fromBot().isEmpty(), 180_000)) {
                    System.err.println("chibo did not answer /start; see " + process.log);
                    return 1;
                }
                double answered = (System.nanoTime() - began) / 1e9;
                long rssStarted = process.rssKiB();

                List<Person> crowd = IntStream.range(0, 50)
                        .mapToObj(i -> telegram.person(9_200_000L + i, "Người " + i))
                        .toList();
                crowd.forEach(p -> p.sends("/help"));
                process.waitFor(() -> crowd.stream().allMatch(p -> !p.fromBot().isEmpty()), 60_000);
                long rssAfterBurst = process.rssKiB();

                int before = leader.fromBot().size();
                long asked = System.nanoTime();
                leader.sends("/tinhhinh");
                process.waitFor(() -> leader.fromBot().size() > before, 60_000);
                double firstStatus = (System.nanoTime() - asked) / 1e9;
                long rssAfterStatus = process.rssKiB();

                Matcher started = STARTED.matcher(Files.readString(process.log));
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
                new Figures("startup", options)
                        .put("java_options", String.join(" ", javaOptions))
                        .put("spring_started_seconds", started.find(0) ? Double.parseDouble(started.group(1)) : null)
                        .put("answer_to_start_seconds", answered)
                        .put("first_status_ms", firstStatus * 1000)
                        .put("rss_mib.at_answer", rssStarted / 1024)
                        .put("rss_mib.after_50_people", rssAfterBurst / 1024)
                        .put("rss_mib.after_status", rssAfterStatus / 1024)
                        .write(out);
                return 0;
            }
        }
    }
}

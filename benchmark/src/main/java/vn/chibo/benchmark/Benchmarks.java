package vn.chibo.benchmark;

import java.util.Arrays;

/** {@code java -jar benchmark/target/chibo-benchmark.jar NAME [options]}: runs one benchmark and prints its figures. */
public final class Benchmarks {

    static final String USAGE =
            "Benchmarks: reminders [cells] [--only=limited|open], notices [cells] [--members=N] [--seconds=N], status [cells], throughput [people] [--seconds=N],"
                    + " startup [--java-options=...] [--jar=bot/target/app/chibo.jar],"
                    + " soak [people] [--minutes=N] [--java-options=...] [--jar=...]; each takes --postgres=URL;"
                    + " documents [members] [--runs=N] [--out=folder], report, ask; each also takes --json=FILE";

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println(USAGE);
            System.exit(2);
        }
        int status =
                switch (args[0]) {
                    case "reminders" -> ReminderBenchmark.run(args, System.out);
                    case "notices" -> NoticeBenchmark.run(args, System.out);
                    case "status" -> StatusBenchmark.run(args, System.out);
                    case "throughput" -> ThroughputBenchmark.run(args, System.out);
                    case "startup" -> StartupBenchmark.run(args, System.out);
                    case "soak" -> SoakBenchmark.run(args, System.out);
                    case "documents" -> DocumentsBenchmark.run(args, System.out);
                    case "report" -> ReportBenchmark.run(args, System.out);
                    case "ask" -> AskBenchmark.run(args, System.out);
                    default -> {
                        System.err.println("Unknown benchmark " + args[0] + " (" + Arrays.toString(args) + ")");
                        System.err.println(USAGE);
                        yield 2;
                    }
                };
        System.exit(status);
    }
}

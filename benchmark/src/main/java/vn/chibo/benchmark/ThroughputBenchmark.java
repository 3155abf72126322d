package vn.chibo.benchmark;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.bot.storage.Durability;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;
import vn.chibo.localapi.Person;

/**
 * {@code java -jar chibo-benchmark.jar throughput [people] [--seconds=N] [--postgres=URL]}: how many updates one chibo
 * handles per second, and how long each answer takes, when {@code people} secretaries (default 50) each act as soon as
 * the bot has answered them. Each walks the meeting log (open it, tap the kind, type the date, the start, the end, the
 * place), cancels, asks for help and types an unknown command, over and over: every step stored in the inbox, the
 * conversation and the delivery queue. The floor is a bare echo bot on the same client library and the same local Bot API
 * server, under the same closed loop. Telegram's flood limits are lifted on the server and in chibo's pacer, so the
 * figures are chibo's own ceiling, not Telegram's.
 */
public final class ThroughputBenchmark {

    static final int SEND_THREADS = 8;
    /** chibo's pacer opened as far as the local server's limits are lifted: its own ceiling is measured. */
    static final Map<String, String> UNPACED = Map.of(
            "chibo.pacing.global-per-second", "100000",
            "chibo.pacing.private-chat-per-second", "1000",
            "chibo.pacing.private-chat-burst", "1000",
            "chibo.delivery.send-threads", Integer.toString(SEND_THREADS));

    private ThroughputBenchmark() {}

    public static int run(String[] args, PrintStream out) throws Exception {
        BenchmarkOptions options = new BenchmarkOptions(args);
        int people = options.number(0, 50);
        long measure = Long.parseLong(options.value("seconds", "30")) * 1000;
        long warmUp = 10_000;
        out.printf(
                "Throughput benchmark: %d people in a closed loop, %d s warm-up, %d s measured, no flood limits%n",
                people, warmUp / 1000, measure / 1000);

        ClosedLoop.Result echo = echo(people, warmUp, measure);
        out.printf("  echo bot: %,d answers%n", echo.actions());
        ClosedLoop.Result chibo;
        String database;
        try (BenchmarkDatabase db = BenchmarkDatabase.from(options)) {
            database = db.label();
            chibo = chibo(db, people, warmUp, measure, out);
        }
        out.printf("  chibo (%s): %,d answers%n", database, chibo.actions());
        out.println();
        out.printf("%-30s %14s %14s%n", "", "echo bot", "chibo");
        out.printf("%-30s %14.0f %14.0f%n", "updates handled per second", echo.perSecond(), chibo.perSecond());
        out.printf(
                "%-30s %14s %13.0f%%%n", "chibo against the echo bot", "", 100 * chibo.perSecond() / echo.perSecond());
        for (double p : new double[] {50, 95, 99}) {
            out.printf(
                    "%-30s %14.1f %14.1f%n",
                    "answer latency p" + (int) p + " (ms)", echo.percentileMillis(p), chibo.percentileMillis(p));
        }
        out.printf(
                "%-30s %14.1f %14.1f%n",
                "answer latency max (ms)", echo.percentileMillis(100), chibo.percentileMillis(100));
        out.printf("%-30s %14d %14d%n", "answers not seen within 10 s", echo.timeouts(), chibo.timeouts());
        Figures figures = new Figures("throughput", options)
                .put("people", people)
                .put("seconds", measure / 1000)
                .put("database", database)
                .put("chibo_against_echo_percent", 100 * chibo.perSecond() / echo.perSecond());
        for (var side : List.of(Map.entry("echo", echo), Map.entry("chibo", chibo))) {
            ClosedLoop.Result r = side.getValue();
            figures.put(side.getKey() + ".updates_per_second", r.perSecond())
                    .put(side.getKey() + ".p50_ms", r.percentileMillis(50))
                    .put(side.getKey() + ".p95_ms", r.percentileMillis(95))
                    .put(side.getKey() + ".p99_ms", r.percentileMillis(99))
                    .put(side.getKey() + ".max_ms", r.percentileMillis(100))
                    .put(side.getKey() + ".not_seen_within_10s", r.timeouts());
        }
        figures.write(out);
        return chibo.timeouts() == 0 ? 0 : 1;
    }

    private static ClosedLoop.Result echo(int people, long warmUp, long measure) throws Exception {
        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "echo_benchmark_bot");
        try (var server = LocalBotApiServer.start(telegram, 0)) {
            EchoBot bot = new EchoBot(server.baseUrl(), telegram.token(), SEND_THREADS);
            try {
                List<Person> crowd = IntStream.range(0, people)
                        .mapToObj(i -> telegram.person(2_000_000L + i, "Người " + i))
                        .toList();
                AtomicLong counter = new AtomicLong();
                List<ClosedLoop.Step> script = List.of(new ClosedLoop.Step(
                        (person, shown) -> person.sends("ping " + counter.incrementAndGet()),
                        text -> text.startsWith("ping ")));
                return ClosedLoop.run(telegram, crowd, script, warmUp, measure);
            } finally {
                bot.close();
            }
        }
    }

    private static ClosedLoop.Result chibo(
            BenchmarkDatabase database, int people, long warmUp, long measure, PrintStream out) throws Exception {
        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_benchmark_bot");
        try (var server = LocalBotApiServer.start(telegram, 0);
                ConfigurableApplicationContext chibo = BenchmarkChibo.start(server, database, UNPACED)) {
            List<Person> secretaries = secretaries(chibo, telegram, people);
            SqlCounts sql = new SqlCounts(chibo.getBean(DataSource.class));
            sql.start();
            ClosedLoop.Result result = ClosedLoop.run(telegram, secretaries, meetingLog(), warmUp, measure);
            long updates = JdbcClient.create(chibo.getBean(DataSource.class))
                    .sql("SELECT COUNT(*) FROM inbound_update")
                    .query(Long.class)
                    .single();
            SqlCounts.print(sql.read(), updates, out);
            waits(JdbcClient.create(chibo.getBean(DataSource.class)), out);
            long[] writeOuts = chibo.getBean(Durability.class).writeOutCounts();
            out.printf(
                    "forced writes since start: %,d performed, %,d requests covered by another's (group commit)%n",
                    writeOuts[0], writeOuts[1]);
            return result;
        }
    }

    /**
     * What each secretary does, over and over: the meeting log's first steps, then cancel, help and an unknown command.
     */
    static List<ClosedLoop.Step> meetingLog() {
        return List.of(
                new ClosedLoop.Step(
                        (p, last) -> p.sends("/sinhhoat"), t -> t.startsWith("Ghi sinh hoạt chi bộ. Đây là buổi")),
                new ClosedLoop.Step(
                        (p, last) -> p.taps(last, "Thường kỳ (hằng tháng)"),
                        t -> t.startsWith("Buổi sinh hoạt diễn ra ngày nào?")),
                new ClosedLoop.Step((p, last) -> p.sends("hôm qua"), t -> t.startsWith("Bắt đầu lúc mấy giờ?")),
                new ClosedLoop.Step((p, last) -> p.sends("14h"), t -> t.startsWith("Kết thúc lúc mấy giờ?")),
                new ClosedLoop.Step((p, last) -> p.sends("16h30"), t -> t.startsWith("Địa điểm sinh hoạt?")),
                new ClosedLoop.Step((p, last) -> p.sends("Hội trường tầng 2"), t -> t.contains("Điểm danh")),
                new ClosedLoop.Step((p, last) -> p.sends("/huy"), t -> t.startsWith("Đã hủy thao tác đang làm")),
                new ClosedLoop.Step((p, last) -> p.sends("/help"), t -> t.startsWith("Hướng dẫn sử dụng chibo")),
                new ClosedLoop.Step(
                        (p, last) -> p.sends("/baocao_thu"), t -> t.startsWith("chibo không có lệnh /baocao_thu")));
    }

    static List<Person> secretaries(ConfigurableApplicationContext chibo, LocalTelegram telegram, int people) {
        OrgUnits units = chibo.getBean(OrgUnits.class);
        Members members = chibo.getBean(Members.class);
        RoleAssignments roles = chibo.getBean(RoleAssignments.class);
        OrgUnit top = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Khối", "ĐB Khối");
        return IntStream.range(0, people)
                .mapToObj(i -> {
                    OrgUnit cell = units.add(top.id(), OrgKind.CELL, "Chi bộ số " + i, "CB " + i);
                    for (int m = 0; m < 9; m++) {
                        members.add(cell, "Đảng viên " + i + "-" + m, MemberStatus.OFFICIAL, LocalDate.of(1995, 5, 19));
                    }
                    Person person = telegram.person(3_000_000L + i, "Bí thư " + i);
                    roles.assign(cell, Role.SECRETARY, "Bí thư " + i, person.id());
                    return person;
                })
                .toList();
    }

    /**
     * Where the slow answers waited, from the rows' own times: an update from stored to handled, a reply from queued to
     * claimed, and from claimed to settled (the Bot API call). Prints how many took over a second at each stage.
     */
    static void waits(JdbcClient jdbc, PrintStream out) {
        long[] handled =
                slowest(jdbc, "SELECT received_at, handled_at FROM inbound_update WHERE handled_at IS NOT NULL");
        long[] claimed = slowest(jdbc, "SELECT created_at, claimed_at FROM delivery WHERE claimed_at IS NOT NULL");
        long[] settled = slowest(jdbc, "SELECT claimed_at, finished_at FROM delivery WHERE finished_at IS NOT NULL");
        out.printf(
                "over 1 s (slowest): stored to handled %d (%d ms), queued to claimed %d (%d ms), claimed to sent %d (%d ms)%n",
                handled[0], handled[1], claimed[0], claimed[1], settled[0], settled[1]);
    }

    /** How many of the rows' two times lie over a second apart, and the largest gap in milliseconds. */
    private static long[] slowest(JdbcClient jdbc, String sql) {
        long[] result = new long[2];
        jdbc.sql(sql).query(rs -> {
            long gap = rs.getTimestamp(2).getTime() - rs.getTimestamp(1).getTime();
            if (gap > 1_000) {
                result[0]++;
            }
            result[1] = Math.max(result[1], gap);
        });
        return result;
    }
}

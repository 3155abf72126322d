package vn.chibo.benchmark;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;
import vn.chibo.localapi.RateLimits;
import vn.chibo.scheduler.reminder.RemindDue;

/**
 * {@code java -jar chibo-benchmark.jar reminders [cells] [--only=limited|open] [--postgres=URL]}: one reminder to each
 * of {@code cells} secretaries (default 5,200), through the real sweep, delivery queue, pacer and sender, to the
 * local Bot API server. First with the server enforcing Telegram's 30 messages/s, then with the limit lifted (and
 * chibo's pacer opened) to show the engine's own ceiling; each on a fresh database (H2 on file, or a new database on
 * the PostgreSQL server given). Prints time against the cells/30 s floor, messages/s, 429s, repeats and losses.
 */
public final class ReminderBenchmark {

    /**
     * The wave runs as of 26 November, 10:00: past the monthly nudge day, in a month that is not a quarter's last, so
     * each cell gets exactly one reminder (the monthly-meeting nudge), on a working day outside quiet hours. Only
     * chibo's business clock is moved; Telegram's limits and the pacer keep physical time.
     */
    static final Clock WAVE_DAY = Clock.offset(
            Clock.system(PartyCalendar.ZONE),
            Duration.between(
                    Instant.now(),
                    ZonedDateTime.of(Year.now(PartyCalendar.ZONE).getValue(), 11, 26, 10, 0, 0, 0, PartyCalendar.ZONE)
                            .toInstant()));

    private ReminderBenchmark() {}

    public static int run(String[] args, PrintStream out) throws Exception {
        BenchmarkOptions options = new BenchmarkOptions(args);
        int cells = options.number(0, 5_200);
        String only = options.value("only", "both");
        if (!List.of("both", "limited", "open").contains(only)) {
            throw new IllegalArgumentException("--only takes limited or open");
        }
        boolean limitedToo = !only.equals("open");
        boolean openToo = !only.equals("limited");
        Result limited = limitedToo ? wave(cells, true, options, out) : null;
        Result open = openToo ? wave(cells, false, options, out) : null;
        out.println();
        out.printf("%-34s %12s %12s%n", "", "30 msg/s", "no limit");
        out.printf(
                "%-34s %12s %12s%n",
                "total time (s)", figure(limited, r -> r.seconds()), figure(open, r -> r.seconds()));
        out.printf("%-34s %12.1f %12s%n", "floor at 30 msg/s (s)", cells / 30.0, "-");
        out.printf(
                "%-34s %12s %12s%n",
                "time against the floor",
                limited == null ? "-" : String.format("%.2f", limited.seconds() / (cells / 30.0)),
                "-");
        out.printf(
                "%-34s %12s %12s%n",
                "messages/s", figure(limited, r -> cells / r.seconds()), figure(open, r -> cells / r.seconds()));
        out.printf(
                "%-34s %12s %12s%n",
                "seed the organisation (s)", figure(limited, r -> r.seedSeconds()), figure(open, r -> r.seedSeconds()));
        out.printf(
                "%-34s %12s %12s%n",
                "sweep: decide and queue (s)",
                figure(limited, r -> r.queueMillis() / 1000.0),
                figure(open, r -> r.queueMillis() / 1000.0));
        out.printf("%-34s %12s %12s%n", "429s received", count(limited, Result::tooMany), count(open, Result::tooMany));
        out.printf("%-34s %12s %12s%n", "repeated", count(limited, Result::repeated), count(open, Result::repeated));
        out.printf("%-34s %12s %12s%n", "lost", count(limited, Result::lost), count(open, Result::lost));
        Figures figures = new Figures("reminders", options).put("cells", cells).put("floor_seconds", cells / 30.0);
        figures.sides(limited, open, (key, r) -> {
            figures.put(key + "total_seconds", r.seconds())
                    .put(key + "messages_per_second", cells / r.seconds())
                    .put(key + "seed_seconds", r.seedSeconds())
                    .put(key + "sweep_seconds", r.queueMillis() / 1000.0)
                    .put(key + "too_many_429", r.tooMany())
                    .put(key + "repeated", r.repeated())
                    .put(key + "lost", r.lost());
        });
        if (limited != null) {
            figures.put("limited.against_floor", limited.seconds() / (cells / 30.0));
        }
        figures.write(out);
        boolean lostNone = (limited == null || limited.lost() == 0) && (open == null || open.lost() == 0);
        return lostNone ? 0 : 1;
    }

    private static String figure(Result result, java.util.function.ToDoubleFunction<Result> value) {
        return result == null ? "-" : String.format("%.1f", value.applyAsDouble(result));
    }

    private static String count(Result result, java.util.function.ToLongFunction<Result> value) {
        return result == null ? "-" : Long.toString(value.applyAsLong(result));
    }

    record Result(double seconds, double seedSeconds, long queueMillis, long tooMany, long repeated, long lost) {}

    private static Result wave(int cells, boolean limited, BenchmarkOptions options, PrintStream out) throws Exception {
        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_benchmark_bot");
        if (limited) {
            telegram.enforce(RateLimits.telegramDefaults());
        }
        try (BenchmarkDatabase database = BenchmarkDatabase.from(options);
                var server = LocalBotApiServer.start(telegram, 0);
                ConfigurableApplicationContext chibo = start(server, database, limited)) {
            out.printf(
                    "Reminder wave, %s: %,d cells, one secretary each, %s, local Bot API server%n",
                    limited ? "30 msg/s" : "no limit", cells, database.label());
            long seeding = System.nanoTime();
            List<Long> chats = seed(chibo, telegram, cells);
            double seedSeconds = (System.nanoTime() - seeding) / 1e9;
            long started = System.nanoTime();
            RemindDue.Wave wave = chibo.getBean(RemindDue.class).run();
            long queued = (System.nanoTime() - started) / 1_000_000;
            if (wave.queued() != cells) {
                throw new IllegalStateException(
                        "Expected one reminder per cell, but the sweep queued " + wave.queued());
            }
            JdbcClient jdbc = chibo.getBean(JdbcClient.class);
            long lastReport = System.nanoTime();
            while (jdbc.sql("SELECT COUNT(*) FROM delivery WHERE status IN ('PENDING', 'SENDING')")
                            .query(Long.class)
                            .single()
                    > 0) {
                Thread.sleep(1_000);
                if (System.nanoTime() - lastReport > Duration.ofSeconds(60).toNanos()) {
                    lastReport = System.nanoTime();
                    out.printf(
                            "  %s: %,d of %,d delivered after %.0f s%n",
                            limited ? "30 msg/s" : "no limit",
                            delivered(telegram, chats),
                            cells,
                            (System.nanoTime() - started) / 1e9);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long received = delivered(telegram, chats);
            long lost =
                    chats.stream().filter(c -> telegram.messages(c).isEmpty()).count();
            long tooMany =
                    telegram.requests().stream().filter(r -> r.status() == 429).count();
            out.printf(
                    "  %s: %,d queued in %d ms, %,d delivered in %.1f s%n",
                    limited ? "30 msg/s" : "no limit", wave.queued(), queued, received, seconds);
            return new Result(seconds, seedSeconds, queued, tooMany, received - (cells - lost), lost);
        }
    }

    private static long delivered(LocalTelegram telegram, List<Long> chats) {
        return chats.stream().mapToLong(c -> telegram.messages(c).size()).sum();
    }

    private static ConfigurableApplicationContext start(
            LocalBotApiServer server, BenchmarkDatabase database, boolean limited) {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        if (!limited) {
            settings.put("chibo.pacing.global-per-second", "100000");
        }
        return BenchmarkChibo.start(server, database, settings, WAVE_DAY);
    }

    private static List<Long> seed(ConfigurableApplicationContext chibo, LocalTelegram telegram, int cells) {
        OrgUnits units = chibo.getBean(OrgUnits.class);
        RoleAssignments roles = chibo.getBean(RoleAssignments.class);
        OrgUnit top = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Khối", "ĐB Khối");
        List<OrgUnit> subs = IntStream.range(0, 61)
                .mapToObj(i -> units.add(top.id(), OrgKind.COMMITTEE, "Đảng bộ cơ sở " + i, "ĐBCS " + i))
                .toList();
        List<Long> chats = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            OrgUnit cell = units.add(subs.get(i % subs.size()).id(), OrgKind.CELL, "Chi bộ số " + i, "CB " + i);
            long chat = 1_000_000L + i;
            telegram.person(chat, "Bí thư " + i);
            roles.assign(cell, Role.SECRETARY, "Bí thư " + i, chat);
            chats.add(chat);
        }
        return chats;
    }
}

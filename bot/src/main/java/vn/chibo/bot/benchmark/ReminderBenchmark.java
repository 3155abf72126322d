package vn.chibo.bot.benchmark;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.bot.localapi.LocalBotApiServer;
import vn.chibo.bot.localapi.LocalTelegram;
import vn.chibo.bot.localapi.RateLimits;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.scheduler.reminder.RemindDue;

/**
 * {@code java -jar chibo.jar benchmark reminders [cells]}: one reminder to each of {@code cells} secretaries
 * (default 5,200), through the real sweep, delivery queue, pacer and sender, to the local Bot API server. First
 * with the server enforcing Telegram's 30 messages/s, then with the limit lifted (and chibo's pacer opened) to
 * show the engine's own ceiling. Prints time against the cells/30 s floor, messages/s, 429s, repeats and losses.
 */
public final class ReminderBenchmark {

    private ReminderBenchmark() {}

    public static int run(String[] args, PrintStream out) throws Exception {
        int cells = args.length > 2 ? Integer.parseInt(args[2]) : 5_200;
        out.printf("Reminder wave benchmark: %,d cells, one secretary each, H2 on file (temporary), local Bot API server%n", cells);
        Result limited = wave(cells, true, out);
        Result open = wave(cells, false, out);
        out.println();
        out.printf("%-34s %12s %12s%n", "", "30 msg/s", "no limit");
        out.printf("%-34s %12.1f %12.1f%n", "total time (s)", limited.seconds(), open.seconds());
        out.printf("%-34s %12.1f %12s%n", "floor at 30 msg/s (s)", cells / 30.0, "-");
        out.printf("%-34s %12.1f %12.1f%n", "messages/s", cells / limited.seconds(), cells / open.seconds());
        out.printf("%-34s %12d %12d%n", "sweep: decide and queue (ms)", limited.queueMillis(), open.queueMillis());
        out.printf("%-34s %12d %12d%n", "429s received", limited.tooMany(), open.tooMany());
        out.printf("%-34s %12d %12d%n", "repeated", limited.repeated(), open.repeated());
        out.printf("%-34s %12d %12d%n", "lost", limited.lost(), open.lost());
        return limited.lost() == 0 && open.lost() == 0 ? 0 : 1;
    }

    record Result(double seconds, long queueMillis, long tooMany, long repeated, long lost) {}

    private static Result wave(int cells, boolean limited, PrintStream out) throws Exception {
        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_benchmark_bot");
        if (limited) {
            telegram.enforce(RateLimits.telegramDefaults());
        }
        try (var server = LocalBotApiServer.start(telegram, 0); ConfigurableApplicationContext chibo = start(server, limited)) {
            List<Long> chats = seed(chibo, telegram, cells);
            long started = System.nanoTime();
            RemindDue.Wave wave = chibo.getBean(RemindDue.class).run();
            long queued = (System.nanoTime() - started) / 1_000_000;
            JdbcClient jdbc = chibo.getBean(JdbcClient.class);
            long lastReport = System.nanoTime();
            while (jdbc.sql("SELECT COUNT(*) FROM delivery WHERE status IN ('PENDING', 'SENDING')").query(Long.class).single() > 0) {
                Thread.sleep(200);
                if (System.nanoTime() - lastReport > Duration.ofSeconds(20).toNanos()) {
                    lastReport = System.nanoTime();
                    out.printf("  %s: %,d of %,d delivered after %.0f s%n", limited ? "30 msg/s" : "no limit", delivered(telegram, chats), cells,
                            (System.nanoTime() - started) / 1e9);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long received = delivered(telegram, chats);
            long lost = chats.stream().filter(c -> telegram.messages(c).isEmpty()).count();
            long tooMany = telegram.requests().stream().filter(r -> r.status() == 429).count();
            out.printf("  %s: %,d queued in %d ms, %,d delivered in %.1f s%n", limited ? "30 msg/s" : "no limit", wave.queued(), queued, received, seconds);
            return new Result(seconds, queued, tooMany, received - (cells - lost), lost);
        }
    }

    private static long delivered(LocalTelegram telegram, List<Long> chats) {
        return chats.stream().mapToLong(c -> telegram.messages(c).size()).sum();
    }

    private static ConfigurableApplicationContext start(LocalBotApiServer server, boolean limited) {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put("chibo.reminders.quiet-from", "00:00");
        settings.put("chibo.reminders.quiet-until", "00:00");
        settings.put("chibo.reminders.monthly-nudge-day", "1");
        settings.put("chibo.reminders.remind-at", "00:00");
        if (!limited) {
            settings.put("chibo.pacing.global-per-second", "100000");
        }
        return BenchmarkChibo.start(server, settings);
    }

    private static List<Long> seed(ConfigurableApplicationContext chibo, LocalTelegram telegram, int cells) {
        OrgUnits units = chibo.getBean(OrgUnits.class);
        RoleAssignments roles = chibo.getBean(RoleAssignments.class);
        OrgUnit top = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Khối", "ĐB Khối");
        List<OrgUnit> subs = IntStream.range(0, 61).mapToObj(i -> units.add(top.id(), OrgKind.COMMITTEE, "Đảng bộ cơ sở " + i, "ĐBCS " + i)).toList();
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

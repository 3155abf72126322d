package vn.chibo.benchmark;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chibo.bot.notice.NoticeSending;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.notice.MeetingNotice;
import vn.chibo.content.notice.Notices;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;
import vn.chibo.localapi.RateLimits;

/**
 * {@code java -jar chibo-benchmark.jar notices [cells] [--members=25] [--seconds=120] [--only=limited|open]}: every
 * cell of a committee ({@code cells}, default 5,200) sends its meeting notice to its members who joined chibo
 * ({@code members} each, default 25: about 130,000 people), through the notice's own sending, the delivery queue, the
 * pacer and the sender, to the local Bot API server. With Telegram's 30 messages/s enforced, the wave is watched for
 * {@code seconds} (the whole of it takes members x cells / 30 s: more than an hour) and its pace projected; with the
 * limit lifted it runs to the end. Delivery starts as soon as the first notice is committed, so times and pace count
 * from there. Prints the time to queue, messages/s against the 30/s floor, 429s, repeats and, for a wave run to its
 * end, losses.
 */
public final class NoticeBenchmark {

    private NoticeBenchmark() {}

    record Result(
            long people, double queueSeconds, double watched, long delivered, long tooMany, long repeated, Long lost) {
        double perSecond() {
            return delivered / watched;
        }
    }

    public static int run(String[] args, PrintStream out) throws Exception {
        BenchmarkOptions options = new BenchmarkOptions(args);
        int cells = options.number(0, 5_200);
        int members = Integer.parseInt(options.value("members", "25"));
        int seconds = Integer.parseInt(options.value("seconds", "120"));
        String only = options.value("only", "both");
        if (!List.of("both", "limited", "open").contains(only)) {
            throw new IllegalArgumentException("--only takes limited or open");
        }
        Result limited = only.equals("open") ? null : wave(cells, members, true, seconds, options, out);
        Result open = only.equals("limited") ? null : wave(cells, members, false, 0, options, out);
        out.println();
        out.printf("%-40s %14s %14s%n", "", "30 msg/s", "no limit");
        out.printf(
                "%-40s %14s %14s%n",
                "people sent a notice", count(limited, Result::people), count(open, Result::people));
        out.printf(
                "%-40s %14s %14s%n",
                "queue every notice (s)", figure(limited, Result::queueSeconds), figure(open, Result::queueSeconds));
        out.printf(
                "%-40s %14s %14s%n",
                "from the first notice queued (s)", figure(limited, Result::watched), figure(open, Result::watched));
        out.printf(
                "%-40s %14s %14s%n",
                "delivered in that time", count(limited, Result::delivered), count(open, Result::delivered));
        out.printf(
                "%-40s %14s %14s%n",
                "messages/s (floor: 30)", figure(limited, Result::perSecond), figure(open, Result::perSecond));
        out.printf(
                "%-40s %14s %14s%n",
                "whole wave at that pace (s)",
                figure(limited, r -> r.people() / r.perSecond()),
                figure(open, Result::watched));
        out.printf(
                "%-40s %14s %14s%n",
                "floor for the whole wave (s)",
                limited == null ? "-" : String.format("%.1f", limited.people() / 30.0),
                "-");
        out.printf("%-40s %14s %14s%n", "429s received", count(limited, Result::tooMany), count(open, Result::tooMany));
        out.printf("%-40s %14s %14s%n", "repeated", count(limited, Result::repeated), count(open, Result::repeated));
        out.printf(
                "%-40s %14s %14s%n",
                "lost",
                limited == null || limited.lost() == null ? "-" : limited.lost().toString(),
                open == null || open.lost() == null ? "-" : open.lost().toString());
        Figures figures = new Figures("notices", options).put("cells", cells).put("members", members);
        figures.sides(limited, open, (key, r) -> {
            figures.put(key + "people", r.people())
                    .put(key + "queue_seconds", r.queueSeconds())
                    .put(key + "watched_seconds", r.watched())
                    .put(key + "delivered", r.delivered())
                    .put(key + "messages_per_second", r.perSecond())
                    .put(key + "too_many_429", r.tooMany())
                    .put(key + "repeated", r.repeated())
                    .put(key + "lost", r.lost());
        });
        figures.write(out);
        boolean lostNone = (open == null || open.lost() == null || open.lost() == 0)
                && (limited == null || limited.lost() == null || limited.lost() == 0);
        return lostNone ? 0 : 1;
    }

    private static String figure(Result result, java.util.function.ToDoubleFunction<Result> value) {
        return result == null ? "-" : String.format("%.1f", value.applyAsDouble(result));
    }

    private static String count(Result result, java.util.function.ToLongFunction<Result> value) {
        return result == null ? "-" : String.format("%,d", value.applyAsLong(result));
    }

    /** One wave; {@code seconds} 0: to its end. */
    private static Result wave(
            int cells, int members, boolean limited, int seconds, BenchmarkOptions options, PrintStream out)
            throws Exception {
        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_benchmark_bot");
        if (limited) {
            telegram.enforce(RateLimits.telegramDefaults());
        }
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        if (!limited) {
            settings.put("chibo.pacing.global-per-second", "100000");
        }
        try (BenchmarkDatabase database = BenchmarkDatabase.from(options);
                var server = LocalBotApiServer.start(telegram, 0);
                ConfigurableApplicationContext chibo = BenchmarkChibo.start(server, database, settings)) {
            String label = limited ? "30 msg/s" : "no limit";
            out.printf(
                    "Notice wave, %s: %,d cells of %d members on Telegram, %s, local Bot API server%n",
                    label, cells, members, database.label());
            List<OrgUnit> cellUnits = seed(chibo, telegram, cells, members);
            long people = (long) cells * members;
            Notices notices = chibo.getBean(Notices.class);
            NoticeSending sending = chibo.getBean(NoticeSending.class);
            LocalDateTime meeting = LocalDateTime.now(PartyCalendar.ZONE)
                    .plusDays(3)
                    .withHour(14)
                    .withMinute(0);
            long started = System.nanoTime();
            for (OrgUnit cell : cellUnits) {
                MeetingNotice notice = notices.create(
                        cell.id(),
                        MeetingKind.MONTHLY,
                        meeting,
                        "Hội trường",
                        "1. Thông tin thời sự.\n2. Kiểm điểm nhiệm vụ tháng.\n3. Nhiệm vụ tháng tới.",
                        List.of(),
                        null);
                sending.send(notice, cell.name());
            }
            double queueSeconds = (System.nanoTime() - started) / 1e9;
            out.printf("  %s: %,d notices queued in %.1f s%n", label, people, queueSeconds);
            JdbcClient jdbc = chibo.getBean(JdbcClient.class);
            long deliveryStarted = System.nanoTime();
            long lastReport = deliveryStarted;
            while (jdbc.sql("SELECT COUNT(*) FROM delivery WHERE status IN ('PENDING', 'SENDING')")
                            .query(Long.class)
                            .single()
                    > 0) {
                if (seconds > 0
                        && System.nanoTime() - deliveryStarted
                                > Duration.ofSeconds(seconds).toNanos()) {
                    break;
                }
                Thread.sleep(1_000);
                if (System.nanoTime() - lastReport > Duration.ofSeconds(30).toNanos()) {
                    lastReport = System.nanoTime();
                    out.printf(
                            "  %s: %,d of %,d delivered after %.0f s%n",
                            label, sent(jdbc), people, (System.nanoTime() - started) / 1e9);
                }
            }
            // Delivery starts with the first notice committed, while the others are still being queued: the pace is
            // counted from there.
            double watched = (System.nanoTime() - started) / 1e9;
            long delivered = sent(jdbc);
            long repeated = 0;
            long lost = 0;
            for (int i = 0; i < cellUnits.size(); i++) {
                for (int m = 0; m < members; m++) {
                    int received = telegram.messages(chat(i, m, members)).size();
                    repeated += Math.max(0, received - 1);
                    lost += received == 0 ? 1 : 0;
                }
            }
            long tooMany =
                    telegram.requests().stream().filter(r -> r.status() == 429).count();
            boolean finished = seconds == 0 || delivered == people;
            out.printf("  %s: %,d delivered in %.1f s%s%n", label, delivered, watched, finished ? "" : " (watched)");
            return new Result(people, queueSeconds, watched, delivered, tooMany, repeated, finished ? lost : null);
        }
    }

    private static long sent(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM delivery WHERE status = 'SENT'")
                .query(Long.class)
                .single();
    }

    /** The Telegram chat of member {@code m} of the {@code index}-th cell: ids in a block of their own. */
    private static long chat(int index, int m, int members) {
        return 10_000_000L + (long) index * members + m;
    }

    private static List<OrgUnit> seed(
            ConfigurableApplicationContext chibo, LocalTelegram telegram, int cells, int members) {
        OrgUnits units = chibo.getBean(OrgUnits.class);
        JdbcTemplate jdbc = chibo.getBean(JdbcTemplate.class);
        OrgUnit top = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Khối", "ĐB Khối");
        List<OrgUnit> subs = IntStream.range(0, 61)
                .mapToObj(i -> units.add(top.id(), OrgKind.COMMITTEE, "Đảng bộ cơ sở " + i, "ĐBCS " + i))
                .toList();
        List<OrgUnit> all = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            OrgUnit cell = units.add(subs.get(i % subs.size()).id(), OrgKind.CELL, "Chi bộ số " + i, "CB " + i);
            List<Object[]> rows = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                long chat = chat(i, m, members);
                telegram.person(chat, "Đảng viên " + chat);
                rows.add(new Object[] {cell.id(), "Đảng viên " + chat, "OFFICIAL", chat});
            }
            jdbc.batchUpdate(
                    "INSERT INTO member (cell_id, full_name, status, telegram_user_id) VALUES (?, ?, ?, ?)", rows);
            all.add(cell);
        }
        return all;
    }
}

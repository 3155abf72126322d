package vn.chibo.benchmark;

import java.io.PrintStream;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.status.Period;
import vn.chibo.content.status.StatusQueries;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;
import vn.chibo.localapi.Person;

/**
 * {@code java -jar chibo-benchmark.jar status [cells]}: a realistic committee (by default 61 sub-committees, 5,200
 * cells, ~130,000 members, a year of meetings with attendance, 10,000 commendations, 20 deadlines; another number of
 * cells scales it) on a file H2 as deployed; then the status queries timed alone (p50/p95), and each reply timed end
 * to end through the local Bot API server, as a leader on a phone would wait for it.
 */
public final class StatusBenchmark {

    private StatusBenchmark() {}

    public static int run(String[] args, PrintStream out) throws Exception {
        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_status_bot");
        BenchmarkOptions options = new BenchmarkOptions(args);
        int cells = options.number(0, CommitteeData.CELLS);
        Figures figures = new Figures("status", options).put("cells", cells);
        try (BenchmarkDatabase database = BenchmarkDatabase.from(options);
                var server = LocalBotApiServer.start(telegram, 0);
                ConfigurableApplicationContext chibo = BenchmarkChibo.start(server, database, Map.of())) {
            long started = System.nanoTime();
            OrgUnit top = CommitteeData.generate(chibo, out, cells);
            out.printf("Generated in %.0f s%n%n", (System.nanoTime() - started) / 1e9);
            Person leader = telegram.person(9_000_001L, "Lãnh đạo");
            chibo.getBean(RoleAssignments.class).assign(top, Role.LEADER, "Trần Văn Lãnh", leader.id());

            StatusQueries queries = chibo.getBean(StatusQueries.class);
            OrgUnit sub = chibo.getBean(OrgUnits.class).children(top.id()).get(0);
            Period month = Period.month(YearMonth.now(PartyCalendar.ZONE));
            Period year = Period.year(month.year());
            out.println("Query part (in process, 5 warm-up runs, then 40):");
            out.printf("%-44s %10s %10s%n", "", "p50 (ms)", "p95 (ms)");
            // In service every update is written to the inbox before it is handled, so H2 never reuses a query's
            // earlier result; a write before each run keeps it so here.
            JdbcTemplate jdbc = chibo.getBean(JdbcTemplate.class);
            jdbc.execute("CREATE TABLE benchmark_tick (n INT)");
            jdbc.update("INSERT INTO benchmark_tick VALUES (0)");
            Runnable tick = () -> jdbc.update("UPDATE benchmark_tick SET n = n + 1");
            time(out, figures, tick, "overview, top committee, this month", () -> queries.overview(top, month));
            time(out, figures, tick, "overview, top committee, this year", () -> queries.overview(top, year));
            time(out, figures, tick, "drill-down: a sub-committee, this month", () -> queries.overview(sub, month));
            time(
                    out,
                    figures,
                    tick,
                    "cells not met this month (top)",
                    () -> queries.notMet(top, YearMonth.now(PartyCalendar.ZONE)));
            time(out, figures, tick, "per-cell table for the export (top)", () -> queries.perCell(top, month));

            out.println();
            out.println(
                    "End to end through the local Bot API server (a message or tap, until the reply is in the chat; 3 warm-up runs, then 15):");
            out.printf("%-44s %10s %10s %10s%n", "", "p50 (ms)", "p95 (ms)", "max (ms)");
            endToEnd(out, figures, "/tinhhinh", () -> leader.sends("/tinhhinh"), newMessage(leader, "📊 Tình hình"));
            ChatMessage overview = leader.lastFromBot();
            // Down to a sub-committee, back up to the committee, and so on: each tap edits the message in place.
            endToEnd(
                    out,
                    figures,
                    "drill-down or back up (edit in place)",
                    () -> {
                        ChatMessage shown = current(leader, overview);
                        String tap = shown.keyboard().stream()
                                .flatMap(List::stream)
                                .map(ChatMessage.InlineButton::text)
                                .filter(t -> t.startsWith("▸") || t.startsWith("« Lên"))
                                .findFirst()
                                .orElseThrow();
                        leader.taps(shown, tap);
                    },
                    edited(leader, overview));
            endToEnd(out, figures, "/chuahop", () -> leader.sends("/chuahop"), newMessage(leader, "⏰ "));
            BooleanSupplier fresh = newMessage(leader, "📊 Tình hình").get();
            leader.sends("/tinhhinh");
            while (!fresh.getAsBoolean()) {
                Thread.sleep(5);
            }
            ChatMessage topMessage = leader.lastFromBot();
            endToEnd(out, figures, "chart (PNG)", () -> leader.taps(topMessage, "📈 Biểu đồ"), newFile(leader));
            endToEnd(out, figures, "export (.xlsx)", () -> leader.taps(topMessage, "📥 Excel"), newFile(leader));
        }
        figures.write(out);
        return 0;
    }

    // ---- timing -----------------------------------------------------------------------------------

    private static void time(PrintStream out, Figures figures, Runnable tick, String what, Supplier<?> query) {
        for (int i = 0; i < 5; i++) {
            tick.run();
            query.get();
        }
        long[] ms = new long[40];
        for (int i = 0; i < ms.length; i++) {
            tick.run();
            long t = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        out.printf("%-44s %10d %10d%n", what, ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1]);
        figures.put("queries." + Figures.key(what) + ".p50_ms", ms[ms.length / 2])
                .put("queries." + Figures.key(what) + ".p95_ms", ms[(int) Math.ceil(ms.length * 0.95) - 1]);
    }

    private static void endToEnd(
            PrintStream out, Figures figures, String what, Runnable act, Supplier<BooleanSupplier> arrived)
            throws InterruptedException {
        long[] ms = new long[18];
        for (int i = 0; i < ms.length; i++) {
            Thread.sleep(1_200); // a person's pace; also keeps within Telegram's per-chat limit, so pacing adds nothing
            BooleanSupplier done = arrived.get();
            long t = System.nanoTime();
            act.run();
            while (!done.getAsBoolean()) {
                Thread.sleep(2);
            }
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        long[] measured = Arrays.copyOfRange(ms, 3, ms.length); // the first three warm the code paths up
        Arrays.sort(measured);
        out.printf(
                "%-44s %10d %10d %10d%n",
                what,
                measured[measured.length / 2],
                measured[(int) Math.ceil(measured.length * 0.95) - 1],
                measured[measured.length - 1]);
        figures.put("end_to_end." + Figures.key(what) + ".p50_ms", measured[measured.length / 2])
                .put(
                        "end_to_end." + Figures.key(what) + ".p95_ms",
                        measured[(int) Math.ceil(measured.length * 0.95) - 1])
                .put("end_to_end." + Figures.key(what) + ".max_ms", measured[measured.length - 1]);
    }

    private static Supplier<BooleanSupplier> newMessage(Person person, String prefix) {
        return () -> {
            int before = person.fromBot().size();
            return () -> person.fromBot().size() > before
                    && person.lastFromBot().text() != null
                    && person.lastFromBot().text().startsWith(prefix);
        };
    }

    private static Supplier<BooleanSupplier> newFile(Person person) {
        return () -> {
            int before = person.fromBot().size();
            return () ->
                    person.fromBot().size() > before && person.lastFromBot().file() != null;
        };
    }

    private static Supplier<BooleanSupplier> edited(Person person, ChatMessage message) {
        return () -> {
            int edits = current(person, message).editCount();
            return () -> current(person, message).editCount() > edits;
        };
    }

    private static ChatMessage current(Person person, ChatMessage message) {
        return person.chat().stream()
                .filter(m -> m.messageId() == message.messageId())
                .findFirst()
                .orElseThrow();
    }

    // ---- data -------------------------------------------------------------------------------------
}

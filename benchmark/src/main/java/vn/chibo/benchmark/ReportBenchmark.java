package vn.chibo.benchmark;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.meeting.MeetingRules;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.report.ReportDocument;
import vn.chibo.content.report.ReportQueries;
import vn.chibo.content.report.ReportWorkbook;
import vn.chibo.content.status.Period;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;

/**
 * {@code java -jar chibo-benchmark.jar report}: the status benchmark's committee (61 sub-committees, 5,200 cells, a
 * year of meetings, 10,000 commendations), then the year report of the top committee and of one sub-committee timed
 * as /baocao makes them: the figures counted, the Word draft and the Excel workbook written (3 warm-up runs, then 10;
 * p50 and slowest).
 */
final class ReportBenchmark {

    private ReportBenchmark() {}

    static int run(String[] args, PrintStream out) throws Exception {
        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_report_bot");
        BenchmarkOptions options = new BenchmarkOptions(args);
        Figures figures = new Figures("report", options);
        try (BenchmarkDatabase database = BenchmarkDatabase.from(options);
                var server = LocalBotApiServer.start(telegram, 0);
                ConfigurableApplicationContext chibo = BenchmarkChibo.start(server, database, Map.of())) {
            long started = System.nanoTime();
            OrgUnit top = CommitteeData.generate(chibo, out);
            out.printf("Generated in %.0f s%n%n", (System.nanoTime() - started) / 1e9);
            OrgUnit sub = chibo.getBean(OrgUnits.class).children(top.id()).get(0);
            ReportQueries queries = chibo.getBean(ReportQueries.class);
            MeetingRules rules = chibo.getBean(MeetingRules.class);
            JdbcTemplate jdbc = chibo.getBean(JdbcTemplate.class);
            // As in the status benchmark: a write before each run, so H2 never answers from a cached result.
            jdbc.execute("CREATE TABLE benchmark_tick (n INT)");
            jdbc.update("INSERT INTO benchmark_tick VALUES (0)");
            Runnable tick = () -> jdbc.update("UPDATE benchmark_tick SET n = n + 1");
            Period year = Period.year(LocalDate.now(PartyCalendar.ZONE).getYear());
            out.printf(
                    "%-52s %10s %10s %12s%n", "Year report (figures + .docx + .xlsx)", "p50 (ms)", "max (ms)", "bytes");
            for (OrgUnit unit : new OrgUnit[] {top, sub}) {
                long[] ms = new long[10];
                int bytes = 0;
                for (int i = -3; i < ms.length; i++) {
                    tick.run();
                    long t = System.nanoTime();
                    ReportQueries.Report report = queries.report(unit, year);
                    byte[] docx = ReportDocument.render(
                            new ReportDocument.Heading(null, null, LocalDate.now(PartyCalendar.ZONE)),
                            report.total(),
                            rules);
                    byte[] xlsx = ReportWorkbook.render(report);
                    if (i >= 0) {
                        ms[i] = (System.nanoTime() - t) / 1_000_000;
                    }
                    bytes = docx.length + xlsx.length;
                }
                Arrays.sort(ms);
                String key = unit == top ? "top_committee" : "one_sub_committee";
                figures.put(key + ".p50_ms", ms[ms.length / 2])
                        .put(key + ".max_ms", ms[ms.length - 1])
                        .put(key + ".bytes", bytes);
                out.printf(
                        "%-52s %10d %10d %,12d%n",
                        unit == top
                                ? "top committee ("
                                        + queries.report(unit, year).rows().size() + " rows)"
                                : "one sub-committee",
                        ms[ms.length / 2],
                        ms[ms.length - 1],
                        bytes);
            }
            figures.write(out);
            return 0;
        }
    }
}

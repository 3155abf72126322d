package vn.chibo.benchmark;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.question.QuestionReader;
import vn.chibo.localapi.LocalBotApiServer;
import vn.chibo.localapi.LocalTelegram;
import vn.chibo.localapi.Person;

/**
 * {@code java -jar chibo-benchmark.jar ask}: on the status benchmark's committee (5,200 cells), a leader of the top
 * committee types questions. Interpretation: each question read against the 5,262 units of the scope, in process
 * (20 warm-up rounds, then 200). Answer: the question sent through the local Bot API server and timed until the
 * answer (one message, headed by what was understood) is in the leader's chat (2 warm-up rounds, then 5). Questions
 * are 1.1 s apart: Telegram takes one message a second in a chat, and chibo's pacer keeps to it.
 */
final class AskBenchmark {

    static final List<String> QUESTIONS = List.of(
            "chi bộ nào chưa họp tháng này?",
            "cb nao chua hop thang truoc",
            "chi bộ nào chưa sinh hoạt chuyên đề quý này",
            "tình hình đảng bộ cơ sở số 7 quý 3",
            "chi bộ số 12 tháng này họp chưa",
            "báo cáo nào quá hạn?",
            "năm nay có bao nhiêu bằng khen?",
            "ai vắng không lý do 2 tháng?",
            "chi bộ số 40 có bao nhiêu đảng viên",
            "hạn nộp báo cáo quý là ngày nào");

    private AskBenchmark() {}

    static int run(String[] args, PrintStream out) throws Exception {
        var telegram = new LocalTelegram(LocalTelegram.randomToken(), "chibo_ask_bot");
        BenchmarkOptions options = new BenchmarkOptions(args);
        Figures figures = new Figures("ask", options);
        try (BenchmarkDatabase database = BenchmarkDatabase.from(options);
                var server = LocalBotApiServer.start(telegram, 0);
                ConfigurableApplicationContext chibo = BenchmarkChibo.start(server, database, Map.of())) {
            long started = System.nanoTime();
            OrgUnit top = CommitteeData.generate(chibo, out);
            out.printf("Generated in %.0f s%n%n", (System.nanoTime() - started) / 1e9);
            OrgUnits units = chibo.getBean(OrgUnits.class);
            List<OrgUnit> scope = units.allWithin(top.path());
            QuestionReader reader = QuestionReader.standard();
            LocalDate today = LocalDate.now(PartyCalendar.ZONE);
            List<Long> read = new ArrayList<>();
            for (int round = -20; round < 200; round++) {
                for (String q : QUESTIONS) {
                    long t = System.nanoTime();
                    reader.read(q, scope, today);
                    if (round >= 0) {
                        read.add(System.nanoTime() - t);
                    }
                }
            }
            Person leader = telegram.person(9_000_001, "Lãnh đạo");
            chibo.getBean(RoleAssignments.class).assign(top, Role.LEADER, "Lãnh đạo Khối", leader.id());
            List<Long> answered = new ArrayList<>();
            java.util.Map<String, List<Long>> byQuestion = new java.util.LinkedHashMap<>();
            for (int round = -2; round < 5; round++) {
                for (String q : QUESTIONS) {
                    int before = leader.fromBot().size();
                    long t = System.nanoTime();
                    leader.sends(q);
                    while (leader.fromBot().size() < before + 1) {
                        if (System.nanoTime() - t > 30_000_000_000L) {
                            throw new IllegalStateException("No answer within 30 s to: " + q);
                        }
                        Thread.sleep(1);
                    }
                    if (round >= 0) {
                        answered.add(System.nanoTime() - t);
                        byQuestion.computeIfAbsent(q, k -> new ArrayList<>()).add(System.nanoTime() - t);
                    }
                    Thread.sleep(1_100);
                }
            }
            out.printf(
                    "%-46s %10s %10s %10s%n",
                    "Questions (" + scope.size() + " units in scope)", "p50 (ms)", "p95 (ms)", "max (ms)");
            line(out, figures, "interpretation", "interpretation (" + read.size() + " readings)", read);
            line(out, figures, "answer", "answer through the Bot API (" + answered.size() + " questions)", answered);
            out.println();
            byQuestion.forEach((q, nanos) -> line(out, figures, "questions." + Figures.key(q), "  " + q, nanos));
            figures.write(out);
            return 0;
        }
    }

    private static void line(PrintStream out, Figures figures, String key, String what, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        figures.put(key + ".p50_ms", sorted[sorted.length / 2] / 1e6)
                .put(key + ".p95_ms", sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6)
                .put(key + ".max_ms", sorted[sorted.length - 1] / 1e6);
        out.printf(
                "%-46s %10.2f %10.2f %10.2f%n",
                what,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}

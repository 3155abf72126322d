package vn.chibo.content.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;

/**
 * Every question of questions_corpus_vi.tsv reads as the corpus says: intent, kind of meeting, period, and the unit
 * named within the asker's scope (or a name refused, or several to choose from).
 */
class QuestionCorpusTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final OrgUnit BLOC = unit(1, null, OrgKind.COMMITTEE, "Đảng bộ Khối các cơ quan tỉnh", "/1/");
    static final List<OrgUnit> SCOPE = List.of(
            BLOC,
            unit(2, 1L, OrgKind.COMMITTEE, "Đảng bộ Sở Tư pháp", "/1/2/"),
            unit(3, 2L, OrgKind.CELL, "Chi bộ Văn phòng", "/1/2/3/"),
            unit(4, 2L, OrgKind.CELL, "Chi bộ Thanh tra", "/1/2/4/"),
            unit(5, 1L, OrgKind.COMMITTEE, "Đảng bộ Sở Xây dựng", "/1/5/"),
            unit(6, 5L, OrgKind.CELL, "Chi bộ Thanh tra", "/1/5/6/"),
            unit(7, 5L, OrgKind.CELL, "Chi bộ Kế hoạch Tài chính", "/1/5/7/"),
            unit(8, 5L, OrgKind.CELL, "Chi bộ Quy hoạch", "/1/5/8/"),
            unit(9, 1L, OrgKind.CELL, "Chi bộ Báo Khối", "/1/9/"),
            unit(10, 1L, OrgKind.COMMITTEE, "Đảng bộ cơ sở Quy hoạch", "/1/10/"));

    private static OrgUnit unit(long id, Long parent, OrgKind kind, String name, String path) {
        return new OrgUnit(id, parent, kind, name, name, path);
    }

    record Line(String question, String intent, String kind, String period, String unit) {}

    static List<Line> corpus() throws Exception {
        List<Line> lines = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                QuestionCorpusTest.class.getResourceAsStream("questions_corpus_vi.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                lines.add(new Line(f[0], f[1], f[2], f[3], f[4]));
            }
        }
        return lines;
    }

    static String read(Interpretation i) {
        String unit = i.unknownName() != null
                ? "?" + i.unknownName()
                : !i.choices().isEmpty()
                        ? "*"
                                + UnitNames.core(
                                        QuestionGrammar.plain(i.choices().get(0).name()))
                        : i.unit() == null ? "-" : i.unit().name();
        return String.join(
                " | ",
                i.intent() == null ? "?" : i.intent().name().toLowerCase(Locale.ROOT),
                i.kind(),
                i.period() == null ? "-" : i.period().code(),
                unit);
    }

    @Test
    void theMemberNamedAfterDongChiOrDcIsKeptFolded() {
        QuestionReader reader = QuestionReader.standard();

        assertThat(reader.read("Đồng chí Trần Thị Bình được khen những gì?", SCOPE, TODAY)
                        .person())
                .isEqualTo("tran thi binh");
        assertThat(reader.read("đ/c Bình có bằng khen không", SCOPE, TODAY).person())
                .isEqualTo("binh");
        assertThat(reader.read("năm nay có bao nhiêu bằng khen", SCOPE, TODAY).person())
                .isNull();
    }

    @Test
    void everyQuestionOfTheCorpusReadsAsItSays() throws Exception {
        QuestionReader reader = QuestionReader.standard();
        List<Line> corpus = corpus();
        List<String> wrong = new ArrayList<>();
        for (Line line : corpus) {
            String expected = String.join(
                    " | ",
                    line.intent(),
                    line.kind(),
                    line.period(),
                    line.unit().startsWith("*")
                            ? "*" + QuestionGrammar.plain(line.unit().substring(1))
                            : line.unit());
            String got = read(reader.read(line.question(), SCOPE, TODAY));
            if (!got.equals(expected)) {
                wrong.add(line.question() + "\n    expected " + expected + "\n    read     " + got);
            }
        }
        System.out.printf(
                "Question corpus: %d of %d read as expected (%.1f%%)%n",
                corpus.size() - wrong.size(), corpus.size(), 100.0 * (corpus.size() - wrong.size()) / corpus.size());
        assertThat(wrong).as(wrong.stream().collect(Collectors.joining("\n"))).isEmpty();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
    }
}

package vn.chibo.content.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.text.VietnameseMessages;

/**
 * Writes a meeting's minutes (biên bản) as a .docx laid out as Party minutes are: the party and cell
 * names and "ĐẢNG CỘNG SẢN VIỆT NAM" with the place and date line, the title, then time and place,
 * attendance by category with named absentees, chair and minute-taker, content, conclusion, the vote,
 * and the two signature blocks. Times New Roman, as Vietnamese administrative documents use.
 */
public final class MinutesDocument {

    /** What the document says beyond the record: names of the committee and cell, and the locality for the date line. */
    public record Heading(String committeeName, String cellName, String locality) {}

    private static final String FONT = "Times New Roman";
    private static final VietnameseMessages WORDS = new VietnameseMessages("vn.chibo.content.meeting.minutes");

    private MinutesDocument() {}

    public static byte[] render(
            Heading heading,
            MeetingRecord m,
            ResolutionValidity.Outcome vote,
            String chairName,
            String minuteTakerName,
            String presenterName) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            header(doc, heading, m);
            centered(doc, w("title"), true, 16);
            centered(
                    doc,
                    w(
                            "kind." + m.kind().name().toLowerCase(),
                            m.heldOn().getMonthValue(),
                            m.heldOn().getYear(),
                            m.heldOn().getDayOfMonth()),
                    true,
                    14);

            section(doc, w("section.time_place"));
            text(
                    doc,
                    w(
                            "time_place",
                            two(m.startsAt().getHour()),
                            two(m.startsAt().getMinute()),
                            m.heldOn().getDayOfMonth(),
                            m.heldOn().getMonthValue(),
                            Integer.toString(m.heldOn().getYear()),
                            m.place(),
                            heading.cellName()));

            section(doc, w("section.attendance"));
            attendance(doc, m.attendance());
            if (m.guests() != null && !m.guests().isBlank()) {
                text(doc, w("guests", m.guests()));
            }
            text(doc, w("chair", orBlank(chairName)));
            text(doc, w("minute_taker", orBlank(minuteTakerName)));
            if (presenterName != null) {
                text(doc, w("presenter", presenterName));
            }

            section(doc, w("section.content"));
            if (m.topic() != null && !m.topic().isBlank()) {
                text(doc, w("topic", m.topic()));
            }
            if (!m.documents().isEmpty()) {
                text(doc, w("documents", String.join("; ", m.documents())));
            }
            block(doc, w("results"), m.results());
            block(doc, w("decisions"), m.decisions());
            block(doc, w("next_tasks"), m.nextTasks());

            section(doc, w("section.conclusion"));
            paragraphs(doc, m.conclusion());

            section(doc, w("section.vote"));
            text(
                    doc,
                    w(
                            "votes",
                            m.votes().agree(),
                            m.votes().disagree(),
                            m.votes().abstain()));
            text(
                    doc,
                    vote.valid()
                            ? w("vote_valid", vote.agree(), vote.base())
                            : w("vote_invalid", vote.agree(), vote.base()));
            text(doc, w("closing", two(m.endsAt().getHour()), two(m.endsAt().getMinute())));

            signatures(doc, minuteTakerName, chairName);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(XWPFDocument doc, Heading heading, MeetingRecord m) {
        XWPFTable table = borderless(doc, 3);
        write(cell(table, 0, 0), heading.committeeName().toUpperCase(Locale.forLanguageTag("vi")), false, false, false);
        write(cell(table, 0, 1), w("party"), true, false, true);
        write(cell(table, 1, 0), heading.cellName().toUpperCase(Locale.forLanguageTag("vi")), true, false, false);
        String locality =
                heading.locality() == null || heading.locality().isBlank() ? "..........." : heading.locality();
        write(
                cell(table, 1, 1),
                w(
                        "date_line",
                        locality,
                        m.heldOn().getDayOfMonth(),
                        m.heldOn().getMonthValue(),
                        Integer.toString(m.heldOn().getYear())),
                false,
                true,
                false);
        write(cell(table, 2, 0), w("star"), false, false, false);
    }

    private static void attendance(XWPFDocument doc, List<Attendance> list) {
        long official =
                list.stream().filter(a -> a.status() == MemberStatus.OFFICIAL).count();
        long probationary = list.stream()
                .filter(a -> a.status() == MemberStatus.PROBATIONARY)
                .count();
        long exempt =
                list.stream().filter(a -> a.status() == MemberStatus.EXEMPT).count();
        text(doc, w("members", list.size(), official, probationary, exempt));
        text(doc, w("present", list.stream().filter(Attendance::present).count()));
        List<Attendance> absent = list.stream().filter(a -> !a.present()).toList();
        if (absent.isEmpty()) {
            text(doc, w("absent_none"));
            return;
        }
        text(doc, w("absent", absent.size()));
        String excused = names(absent, Presence.ABSENT_EXCUSED);
        String unexcused = names(absent, Presence.ABSENT_UNEXCUSED);
        if (!excused.isEmpty()) {
            text(doc, w("absent_excused", excused));
        }
        if (!unexcused.isEmpty()) {
            text(doc, w("absent_unexcused", unexcused));
        }
    }

    private static String names(List<Attendance> absent, Presence presence) {
        return absent.stream()
                .filter(a -> a.presence() == presence)
                .map(Attendance::name)
                .collect(Collectors.joining(", "));
    }

    private static void signatures(XWPFDocument doc, String minuteTaker, String chair) {
        doc.createParagraph();
        XWPFTable table = borderless(doc, 4);
        write(cell(table, 0, 0), w("sign.minute_taker"), true, false, false);
        write(cell(table, 0, 1), w("sign.chair"), true, false, false);
        write(cell(table, 1, 0), w("sign.note"), false, true, false);
        write(cell(table, 1, 1), w("sign.note"), false, true, false);
        write(cell(table, 3, 0), orBlank(minuteTaker), true, false, false);
        write(cell(table, 3, 1), orBlank(chair), true, false, false);
    }

    private static XWPFTable borderless(XWPFDocument doc, int rows) {
        XWPFTable table = doc.createTable(rows, 2);
        table.removeBorders();
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        return table;
    }

    private static XWPFTableCell cell(XWPFTable table, int row, int column) {
        return table.getRow(row).getCell(column);
    }

    private static void write(XWPFTableCell cell, String text, boolean bold, boolean italic, boolean underline) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = run(p, text, 13);
        run.setBold(bold);
        run.setItalic(italic);
        if (underline) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
    }

    private static void centered(XWPFDocument doc, String text, boolean bold, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, size).setBold(bold);
    }

    private static void section(XWPFDocument doc, String title) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(200);
        run(p, title, 13).setBold(true);
    }

    private static void text(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        run(p, text, 13);
    }

    private static void block(XWPFDocument doc, String heading, String body) {
        XWPFParagraph p = doc.createParagraph();
        run(p, heading, 13).setItalic(true);
        paragraphs(doc, body);
    }

    private static void paragraphs(XWPFDocument doc, String body) {
        if (body == null || body.isBlank()) {
            text(doc, w("not_recorded"));
            return;
        }
        for (String line : body.split("\\R")) {
            if (!line.isBlank()) {
                text(doc, line.strip());
            }
        }
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setText(text);
        return run;
    }

    /** A sentence from the bundle; numbers are written plainly (a year is 2026, never "2,026"). */
    private static String w(String key, Object... args) {
        Object[] plain = java.util.Arrays.stream(args)
                .map(a -> a instanceof Number n ? n.toString() : a)
                .toArray();
        return WORDS.t(key, plain);
    }

    private static String two(int number) {
        return String.format("%02d", number);
    }

    private static String orBlank(String name) {
        return name == null ? "..................." : name;
    }
}

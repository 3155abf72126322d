package vn.chibo.content.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.document.PartyDocx;
import vn.chibo.content.dues.MonthOfDues;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.text.VietnameseMessages;

/**
 * Writes a meeting's minutes (biên bản) as a .docx a cell can sign and file: Hướng dẫn 36-HD/VPTW's layout
 * ({@link PartyDocx}) and Hướng dẫn 42-HD/BTCTW's content. Every kind records time and place; the members by status,
 * the number convened, who was present, each absentee with the reason, exempt members who did not come apart; the
 * delegates, chair and minute-taker. A monthly meeting then records the agenda, current affairs and upper-level
 * documents, the study of Hồ Chí Minh's example, last resolution's tasks as reviewed, last month's results, next
 * month's tasks, other business and what the cell decided; a thematic meeting or forum its topic and the opening
 * report; every kind the named opinions (contributions), the delegate's guidance, the chair's conclusion, the vote
 * when one was held, the quality score of a monthly meeting, the closing time and the minutes' adoption with its
 * count. Sections a secretary left empty print a dotted line to write on.
 */
public final class MinutesDocument {

    /** The names of the committee and cell, and the committee's place name for the date line (null: dotted). */
    public record Heading(String committeeName, String cellName, String locality) {}

    /** Who chaired, took the minutes and gave the opening report (null when no one was named). */
    public record Names(String chair, String minuteTaker, String presenter) {}

    private static final VietnameseMessages WORDS = new VietnameseMessages("vn.chibo.content.meeting.minutes");
    /** A dotted line to write on by hand, where a section was left empty. */
    private static final String BLANK = w("blank");

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

    private MinutesDocument() {}

    /** The subject line: "Sinh hoạt chi bộ thường kỳ tháng 6 năm 2022". */
    public static String subject(MeetingRecord m) {
        return w(
                "subject." + m.kind().name().toLowerCase(),
                m.heldOn().getMonthValue(),
                m.heldOn().getYear(),
                m.heldOn().getDayOfMonth());
    }

    /** "Bien-ban-sinh-hoat-chi-bo-thuong-ky-thang-6-nam-2022.docx". */
    public static String fileName(MeetingRecord m) {
        return PartyDocx.fileName(w("file.minutes", subject(m))) + ".docx";
    }

    public static byte[] render(Heading heading, MeetingRecord m, MeetingAssessment.Outcome assessed, Names names) {
        return render(heading, m, assessed, names, null);
    }

    /**
     * The minutes, with the cell's dues for a month as recorded ({@code dues}, null or not entered: none) under
     * "Công tác khác" of a monthly meeting (tình hình thu nộp đảng phí).
     */
    public static byte[] render(
            Heading heading, MeetingRecord m, MeetingAssessment.Outcome assessed, Names names, MonthOfDues dues) {
        try (PartyDocx doc = new PartyDocx()) {
            doc.heading(
                    heading.committeeName(),
                    heading.cellName(),
                    null,
                    PartyDocx.placeAndDate(heading.locality(), m.heldOn()));
            doc.title(w("title"), subject(m));
            Counter section = new Counter(true);

            doc.section(w("section.time_place", section.next()));
            doc.text(w(
                    "time_place",
                    two(m.startsAt().getHour()),
                    two(m.startsAt().getMinute()),
                    PartyDocx.longDate(m.heldOn()),
                    m.place(),
                    heading.cellName()));

            doc.section(w("section.attendance", section.next()));
            attendance(doc, m);
            if (m.guests() != null && !m.guests().isBlank()) {
                doc.text(w("guests", m.guests()));
            }
            doc.text(w("chair", orBlank(names.chair())));
            doc.text(w("minute_taker", orBlank(names.minuteTaker())));

            doc.section(w("section.content", section.next()));
            content(doc, m, names, dues);

            Proceedings p = m.proceedings();
            doc.section(w(m.kind().hasTopic() ? "section.contributions" : "section.opinions", section.next()));
            if (p.opinions().isEmpty()) {
                doc.text(BLANK);
            }
            for (Proceedings.Opinion opinion : p.opinions()) {
                doc.lead(w("opinion", opinion.speaker()), opinion.said());
            }
            if (p.guidance() != null && !p.guidance().isBlank()) {
                doc.lead(w("guidance"), p.guidance().strip().replace("\n", " "));
            }

            doc.section(w("section.conclusion", section.next()));
            paragraphs(doc, m.conclusion(), w("not_recorded"));

            if (p.voteHeld()) {
                doc.section(w("section.vote", section.next()));
                doc.text(w(
                        "votes",
                        m.votes().agree(),
                        m.votes().disagree(),
                        m.votes().abstain()));
                ResolutionValidity.Outcome vote = assessed.vote();
                doc.text(w(vote.valid() ? "vote_valid" : "vote_invalid", vote.agree(), vote.base()));
            } else {
                doc.text(w("no_vote"));
            }

            if (m.kind().isMonthly()) {
                doc.section(w("section.quality", section.next()));
                QualityScore.Outcome q = assessed.quality();
                doc.text(w("quality", q.total(), w("band." + q.band().name().toLowerCase())));
            }

            doc.gap();
            doc.text(w("closing", two(m.endsAt().getHour()), two(m.endsAt().getMinute())));
            long present = m.attendance().stream().filter(Attendance::present).count();
            doc.text(p.minutesAgree() == null ? w("adopted_unknown") : w("adopted", p.minutesAgree(), present));

            doc.signatures(
                    List.of(w("sign.minute_taker"), w("sign.note"), "", "", "", orBlank(names.minuteTaker())),
                    List.of(w("sign.chair"), w("sign.note"), "", "", "", orBlank(names.chair())));
            return doc.bytes();
        }
    }

    private static void content(PartyDocx doc, MeetingRecord m, Names names, MonthOfDues dues) {
        Counter item = new Counter(false);
        Proceedings p = m.proceedings();
        if (m.kind().isMonthly()) {
            doc.text(w("agenda", item.next()));
        }
        if (m.kind().hasTopic()) {
            doc.subsection(w("topic", item.next(), orDots(m.topic())));
            doc.subsection(
                    names.presenter() == null
                            ? w("opening_none", item.next())
                            : w("opening", item.next(), names.presenter()));
            documents(doc, m);
        }
        if (m.kind().isMonthly()) {
            doc.subsection(w("news", item.next()));
            paragraphs(doc, p.news(), BLANK);
            if (!m.kind().hasTopic()) {
                documents(doc, m);
            }
            doc.subsection(w("study", item.next()));
            paragraphs(doc, p.study(), BLANK);
            if (!p.review().isEmpty()) {
                doc.subsection(w("review", item.next()));
                for (Proceedings.ReviewedTask task : p.review()) {
                    doc.text(w(task.done() ? "review.done" : "review.not_done", task.task()));
                }
                long done = p.review().stream()
                        .filter(Proceedings.ReviewedTask::done)
                        .count();
                doc.text(w("review.count", done, p.review().size()));
            }
            doc.subsection(w("results", item.next()));
            paragraphs(doc, m.results(), BLANK);
            doc.subsection(w("tasks", item.next()));
            paragraphs(doc, m.nextTasks(), BLANK);
            doc.subsection(w("other", item.next()));
            if (dues != null && dues.entered()) {
                doc.text(w(
                        "dues",
                        dues.month().format(PartyCalendar.MONTH),
                        dues.paid(),
                        dues.recorded(),
                        dues.unpaid().isEmpty() ? w("dues.nobody") : String.join(", ", dues.unpaid())));
                if (p.otherBusiness() != null && !p.otherBusiness().isBlank()) {
                    paragraphs(doc, p.otherBusiness(), BLANK);
                }
            } else {
                paragraphs(doc, p.otherBusiness(), BLANK);
            }
            doc.subsection(w("decisions", item.next()));
            paragraphs(doc, m.decisions(), BLANK);
        } else if (!m.kind().hasTopic()) {
            documents(doc, m);
            doc.subsection(w("matters", item.next()));
            paragraphs(doc, m.decisions(), BLANK);
        }
    }

    private static void documents(PartyDocx doc, MeetingRecord m) {
        if (!m.documents().isEmpty()) {
            doc.text(w("documents", String.join("; ", m.documents())));
        }
    }

    private static void attendance(PartyDocx doc, MeetingRecord m) {
        List<Attendance> list = m.attendance();
        long away = count(list, a -> a.status() == MemberStatus.AWAY);
        long suspended = count(list, a -> a.status() == MemberStatus.SUSPENDED);
        Object[] figures = {
            list.size(),
            count(list, a -> a.status() == MemberStatus.OFFICIAL),
            count(list, a -> a.status() == MemberStatus.PROBATIONARY),
            count(list, a -> a.status() == MemberStatus.EXEMPT),
            away,
            suspended
        };
        doc.text(away + suspended == 0 ? w("members", figures) : w("members_all", figures));
        doc.text(w("convened", m.convened()));
        doc.text(w(
                "present",
                count(list, Attendance::present),
                m.convened(),
                count(list, a -> a.present() && a.status() != MemberStatus.PROBATIONARY),
                count(list, a -> a.present() && a.status() == MemberStatus.PROBATIONARY)));
        List<Attendance> absent =
                list.stream().filter(a -> !a.present() && a.convened()).toList();
        if (absent.isEmpty()) {
            doc.text(w("absent_none"));
        } else {
            doc.text(w("absent", absent.size()));
            for (Attendance a : absent) {
                if (a.presence() == Presence.ABSENT_UNEXCUSED) {
                    doc.text(w("absent_unexcused", a.name()));
                } else if (a.reason() == null || a.reason().isBlank()) {
                    doc.text(w("absent_excused_plain", a.name()));
                } else {
                    doc.text(w("absent_excused", a.name(), a.reason()));
                }
            }
        }
        String exempt = list.stream()
                .filter(Attendance::exemptAway)
                .map(Attendance::name)
                .collect(Collectors.joining(", "));
        if (!exempt.isEmpty()) {
            doc.text(w("exempt_away", exempt));
        }
        for (MemberStatus status : List.of(MemberStatus.AWAY, MemberStatus.SUSPENDED)) {
            String names = list.stream()
                    .filter(a -> a.status() == status && !a.present())
                    .map(Attendance::name)
                    .collect(Collectors.joining(", "));
            if (!names.isEmpty()) {
                doc.text(w(status == MemberStatus.AWAY ? "away" : "suspended", names));
            }
        }
    }

    private static long count(List<Attendance> list, java.util.function.Predicate<Attendance> which) {
        return list.stream().filter(which).count();
    }

    /** The typed text a line per paragraph, or {@code empty} when nothing was typed. */
    private static void paragraphs(PartyDocx doc, String body, String empty) {
        if (body == null || body.isBlank()) {
            doc.text(empty);
            return;
        }
        lines(body).forEach(doc::text);
    }

    static List<String> lines(String body) {
        List<String> lines = new ArrayList<>();
        for (String line : body.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /** Numbers sections (I, II, …) or items (1, 2, …) in the order they are written. */
    private static final class Counter {
        private final boolean roman;
        private int at;

        Counter(boolean roman) {
            this.roman = roman;
        }

        String next() {
            at++;
            return roman ? ROMAN[Math.min(at, ROMAN.length) - 1] : Integer.toString(at);
        }
    }

    /** A sentence from the bundle; numbers are written plainly (a year is 2026, never "2,026"). */
    static String w(String key, Object... args) {
        Object[] plain = Arrays.stream(args)
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

    private static String orDots(String text) {
        return text == null || text.isBlank() ? "..................." : text;
    }
}

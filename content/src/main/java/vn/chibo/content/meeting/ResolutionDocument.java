package vn.chibo.content.meeting;

import static vn.chibo.content.meeting.MinutesDocument.w;

import java.util.ArrayList;
import java.util.List;
import vn.chibo.content.document.PartyDocx;

/**
 * The resolution (nghị quyết) a monthly meeting adopts, as a .docx in Hướng dẫn 36-HD/VPTW's layout: its number
 * ("Số 12-NQ/CB") under the cell's name, the title and subject, the grounds, "CHI BỘ QUYẾT NGHỊ:", I. the past month's
 * results (last resolution's tasks as reviewed and the results logged), II. next month's tasks with who does what as
 * the secretary typed them, and what the cell decided, III. how it is carried out, the vote, the recipients and the
 * signature "T/M CHI BỘ" with the signer's title and name.
 */
public final class ResolutionDocument {

    /** Who signs for the cell: their title in the cell ("BÍ THƯ") and name. */
    public record Signer(String title, String name) {}

    private ResolutionDocument() {}

    /** "Nghi-quyet-chi-bo-thang-12-nam-2026.docx". */
    public static String fileName(MeetingRecord m) {
        return PartyDocx.fileName(w(
                        "resolution.file",
                        m.heldOn().getMonthValue(),
                        m.heldOn().getYear())) + ".docx";
    }

    public static byte[] render(
            MinutesDocument.Heading heading, MeetingRecord m, ResolutionValidity.Outcome vote, Signer signer) {
        Proceedings p = m.proceedings();
        try (PartyDocx doc = new PartyDocx()) {
            doc.heading(
                    heading.committeeName(),
                    heading.cellName(),
                    p.resolutionNumber() == null
                            ? w("resolution.number_blank")
                            : w("resolution.number", p.resolutionNumber()),
                    PartyDocx.placeAndDate(heading.locality(), m.heldOn()));
            doc.title(
                    w("resolution.title"),
                    w(
                            "resolution.subject",
                            m.heldOn().getMonthValue(),
                            m.heldOn().getYear()));
            doc.text(w("resolution.basis.charter"));
            doc.text(w("resolution.basis.guidance"));
            doc.text(w("resolution.basis.meeting", PartyDocx.longDate(m.heldOn())));
            doc.centred(w("resolution.resolves"), PartyDocx.BODY_SIZE, true, false);

            doc.section(w("resolution.results"));
            for (Proceedings.ReviewedTask task : p.review()) {
                doc.text(w(task.done() ? "review.done" : "review.not_done", task.task()));
            }
            if (!p.review().isEmpty()) {
                long done = p.review().stream()
                        .filter(Proceedings.ReviewedTask::done)
                        .count();
                doc.text(w("review.count", done, p.review().size()));
            }
            lines(doc, m.results(), p.review().isEmpty());

            doc.section(w("resolution.tasks"));
            List<String> tasks = m.nextTasks() == null ? List.of() : MinutesDocument.lines(m.nextTasks());
            for (int i = 0; i < tasks.size(); i++) {
                doc.text((i + 1) + ". " + tasks.get(i));
            }
            lines(doc, m.decisions(), tasks.isEmpty());

            doc.section(w("resolution.implementation"));
            doc.text(w("resolution.implementation.text"));
            if (vote != null) {
                doc.text(w("resolution.adopted", vote.agree(), vote.base()));
            }

            List<String> recipients = new ArrayList<>();
            recipients.add(w("resolution.recipients"));
            if (heading.committeeName() != null && !heading.committeeName().isBlank()) {
                recipients.add(w("resolution.recipient.committee", heading.committeeName()));
            }
            recipients.add(w("resolution.recipient.members"));
            recipients.add(w("resolution.recipient.file"));
            doc.recipientsAndSignature(
                    recipients,
                    List.of(w("resolution.for_the_cell"), signer.title(), w("sign.note"), "", "", signer.name()));
            return doc.bytes();
        }
    }

    private static void lines(PartyDocx doc, String text, boolean blankIfNone) {
        if (text == null || text.isBlank()) {
            if (blankIfNone) {
                doc.text(w("blank"));
            }
            return;
        }
        MinutesDocument.lines(text).forEach(doc::text);
    }
}

package vn.chibo.bot.dues;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.Reply;
import vn.chibo.bot.telegram.FileDownloads;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.dues.DuesSheet;
import vn.chibo.content.dues.ImportDues;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * The one who enters a cell's dues sends its dues book (.xlsx or .csv: a row per member, a column per month): it is
 * kept whole at once, or refused with every problem named and nothing kept.
 */
@Component
class DuesUpload {

    private static final Logger log = LoggerFactory.getLogger(DuesUpload.class);

    /** The problems named at most; the rest are counted. */
    static final int SHOWN = 20;

    private final ImportDues importDues;
    private final FileDownloads downloads;
    private final Texts texts;

    DuesUpload(ImportDues importDues, FileDownloads downloads, Texts texts) {
        this.importDues = importDues;
        this.downloads = downloads;
        this.texts = texts;
    }

    /** A spreadsheet from one who enters a cell's dues (an office's goes to the roster import). */
    boolean accepts(Incoming in, Actor actor) {
        return in.isSpreadsheet() && actor.recordsDues() && !actor.canManage();
    }

    List<Outgoing> importFile(Incoming in, Actor actor) {
        byte[] content;
        try {
            content = downloads.download(in.fileId(), DuesSheet.MAX_BYTES);
        } catch (FileDownloads.TooLarge e) {
            return Reply.text(in, texts.t("dues.import.too_large", Long.toString(DuesSheet.MAX_BYTES / (1024 * 1024))));
        } catch (IOException e) {
            log.warn("Could not fetch a dues book from user {}: {}", in.userId(), e.getMessage());
            return Reply.text(in, texts.t("import.download_failed"));
        }
        var result = importDues.run(content, actor);
        if (result instanceof ImportDues.Result.Rejected rejected) {
            if (rejected.problems().stream().anyMatch(p -> p.what().equals("no_header"))) {
                // Not a dues book: most likely a roster, which only a committee's office imports.
                return Reply.text(in, texts.t("dues.import.not_a_book", in.fileName()));
            }
            return Reply.text(in, rejection(in.fileName(), rejected.problems()));
        }
        var done = (ImportDues.Result.Imported) result;
        String text = texts.t(
                "dues.import.done",
                in.fileName(),
                done.cell().name(),
                Integer.toString(done.members()),
                String.join(", ", done.months().stream().map(DuesUpload::label).toList()),
                Integer.toString(done.paid()),
                Integer.toString(done.unpaid()));
        if (!done.notInFile().isEmpty()) {
            text = text + "\n" + texts.t("dues.import.not_in_file", String.join(", ", done.notInFile()));
        }
        return Reply.text(in, text);
    }

    private String rejection(String fileName, List<DuesSheet.Problem> problems) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.t("dues.import.rejected", fileName, Integer.toString(problems.size())));
        problems.stream().limit(SHOWN).forEach(p -> lines.add(problem(p)));
        if (problems.size() > SHOWN) {
            lines.add(texts.t("dues.import.more", Integer.toString(problems.size() - SHOWN)));
        }
        lines.add(texts.t("dues.import.layout"));
        return String.join("\n", lines);
    }

    private String problem(DuesSheet.Problem p) {
        Object[] args = p.args().toArray();
        String said =
                switch (p.what()) {
                    case "too_large" -> texts.t("dues.import.problem.too_large", args);
                    case "unreadable" -> texts.t("dues.import.problem.unreadable");
                    case "too_many_rows" -> texts.t("dues.import.problem.too_many_rows", args);
                    case "no_rows" -> texts.t("dues.import.problem.no_rows");
                    case "name_missing" -> texts.t("dues.import.problem.name_missing");
                    case "cell_unreadable" -> texts.t("dues.import.problem.cell_unreadable", args);
                    case "month_out_of_range" ->
                        texts.t(
                                "dues.import.problem.month_out_of_range",
                                args[0],
                                Integer.toString(ImportDues.MONTHS_BACK));
                    case "unknown_member" -> texts.t("dues.import.problem.unknown_member", args);
                    case "ambiguous_member" -> texts.t("dues.import.problem.ambiguous_member", args);
                    case "duplicate_member" -> texts.t("dues.import.problem.duplicate_member", args);
                    default -> texts.t("access.denied");
                };
        return p.line() > 0 ? texts.t("dues.import.line", Integer.toString(p.line()), said) : "• " + said;
    }

    private static String label(YearMonth month) {
        return month.format(PartyCalendar.MONTH);
    }
}

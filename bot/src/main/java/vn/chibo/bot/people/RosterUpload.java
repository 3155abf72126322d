package vn.chibo.bot.people;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.telegram.BotIdentity;
import vn.chibo.bot.telegram.FileDownloads;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Invitation;
import vn.chibo.content.roster.ImportReport;
import vn.chibo.content.roster.RosterImport;
import vn.chibo.content.roster.RosterReader;
import vn.chibo.content.roster.RowProblem;
import vn.chibo.scheduler.delivery.Outgoing;

/** An office user or administrator sends a roster (.xlsx/.csv): it is imported whole, or refused with every problem listed. */
@Component
public class RosterUpload {

    static final int PROBLEMS_SHOWN = 40;

    private static final Logger log = LoggerFactory.getLogger(RosterUpload.class);

    private final RosterImport roster;
    private final FileDownloads downloads;
    private final BotIdentity bot;
    private final Texts texts;

    RosterUpload(RosterImport roster, FileDownloads downloads, BotIdentity bot, Texts texts) {
        this.roster = roster;
        this.downloads = downloads;
        this.bot = bot;
        this.texts = texts;
    }

    public boolean accepts(Incoming in) {
        String name = in.fileName() == null ? "" : in.fileName().toLowerCase(Locale.ROOT);
        return in.kind() == Incoming.Kind.DOCUMENT && (name.endsWith(".xlsx") || name.endsWith(".csv"));
    }

    public List<Outgoing> importFile(Incoming in, Actor actor) {
        if (!actor.canManage()) {
            return List.of(Outgoing.text(in.chatId(), texts.t("import.not_allowed")));
        }
        byte[] content;
        try {
            content = downloads.download(in.fileId(), RosterReader.MAX_BYTES);
        } catch (FileDownloads.TooLarge e) {
            return List.of(Outgoing.text(
                    in.chatId(), texts.t("import.too_large", Long.toString(RosterReader.MAX_BYTES / (1024 * 1024)))));
        } catch (IOException e) {
            log.warn("Could not fetch roster file from user {}: {}", in.userId(), e.getMessage());
            return List.of(Outgoing.text(in.chatId(), texts.t("import.download_failed")));
        }
        RosterImport.Result result = roster.run(content, actor);
        if (result instanceof RosterImport.Result.Rejected rejected) {
            return List.of(Outgoing.text(in.chatId(), rejection(rejected.problems())));
        }
        ImportReport report = ((RosterImport.Result.Imported) result).report();
        Outgoing done = Outgoing.text(in.chatId(), report(report));
        return List.of(report.invitations().isEmpty() ? done : done.holdingASecret());
    }

    private String rejection(List<RowProblem> problems) {
        StringBuilder text = new StringBuilder(texts.t("import.rejected", Integer.toString(problems.size())));
        for (RowProblem p : problems.subList(0, Math.min(PROBLEMS_SHOWN, problems.size()))) {
            String reason = texts.t(p.problem().messageKey(), p.args().toArray());
            text.append('\n')
                    .append(
                            p.line() == 0
                                    ? texts.t("import.file_problem", reason)
                                    : texts.t("import.row_problem", Integer.toString(p.line()), reason));
        }
        if (problems.size() > PROBLEMS_SHOWN) {
            text.append('\n')
                    .append(texts.t("import.more_problems", Integer.toString(problems.size() - PROBLEMS_SHOWN)));
        }
        return text.toString();
    }

    private String report(ImportReport report) {
        if (report.changedNothing()) {
            return texts.t("import.unchanged", Integer.toString(report.rows()));
        }
        List<String> lines = new ArrayList<>();
        lines.add(texts.t(
                "import.done",
                Integer.toString(report.rows()),
                Integer.toString(report.unitsCreated()),
                Integer.toString(report.membersAdded()),
                Integer.toString(report.membersUpdated()),
                Integer.toString(report.membersTransferred()),
                Integer.toString(report.membersRemoved()),
                Integer.toString(report.rolesAdded()),
                Integer.toString(report.rolesRemoved())));
        if (!report.invitations().isEmpty()) {
            lines.add("");
            lines.add(texts.t("import.links"));
            for (Invitation invitation : report.invitations()) {
                var role = invitation.role();
                lines.add(texts.t(
                        "import.link",
                        texts.t(
                                "role." + role.role().name().toLowerCase(),
                                role.unit().shortName()),
                        role.personName(),
                        bot.deepLink(invitation.code())));
            }
        }
        return String.join("\n", lines);
    }
}

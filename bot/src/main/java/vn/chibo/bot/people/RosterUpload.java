package vn.chibo.bot.people;

import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.form.Flows;
import vn.chibo.bot.telegram.FileDownloads;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.roster.ImportReport;
import vn.chibo.content.roster.RosterImport;
import vn.chibo.content.roster.RosterReader;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * An office user or administrator sends a roster (.xlsx/.csv): it is refused with every problem listed, or previewed
 * (every change, by name) and imported whole once they confirm ({@link RosterConfirmation}).
 */
@Component
public class RosterUpload {

    private static final Logger log = LoggerFactory.getLogger(RosterUpload.class);

    private final RosterImport roster;
    private final FileDownloads downloads;
    private final Flows flows;
    private final RosterConfirmation confirmation;
    private final Texts texts;
    private final RosterTexts say;

    RosterUpload(
            RosterImport roster, FileDownloads downloads, Flows flows, RosterConfirmation confirmation, Texts texts) {
        this.roster = roster;
        this.downloads = downloads;
        this.flows = flows;
        this.confirmation = confirmation;
        this.texts = texts;
        this.say = new RosterTexts(texts);
    }

    /** A spreadsheet from anyone but the one who enters a cell's dues (theirs is the dues book). */
    public boolean accepts(Incoming in, Actor actor) {
        return in.isSpreadsheet() && (actor.canManage() || !actor.recordsDues());
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
        RosterImport.Result result = roster.preview(content, actor);
        if (result instanceof RosterImport.Result.Rejected rejected) {
            return List.of(Outgoing.text(in.chatId(), say.rejection(rejected.problems())));
        }
        ImportReport plan = ((RosterImport.Result.Previewed) result).report();
        if (plan.changedNothing()) {
            return List.of(Outgoing.text(in.chatId(), say.unchanged(plan)));
        }
        var pending = RosterConfirmation.Pending.of(
                in.fileId(), in.fileName(), RosterConfirmation.sha256(content), say.preview(in.fileName(), plan));
        return flows.begin(confirmation, pending, in, actor, false);
    }
}

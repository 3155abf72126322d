package vn.chibo.bot.people;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Action;
import vn.chibo.bot.chat.form.Flow;
import vn.chibo.bot.chat.form.Screen;
import vn.chibo.bot.chat.form.Screen.Key;
import vn.chibo.bot.chat.form.Turn;
import vn.chibo.bot.telegram.BotIdentity;
import vn.chibo.bot.telegram.FileDownloads;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.roster.ImportReport;
import vn.chibo.content.roster.RosterImport;
import vn.chibo.content.roster.RosterReader;

/**
 * A previewed roster waiting for the office's word: "✅ Nhập danh sách" imports it, "✖ Hủy" drops it. The conversation
 * keeps the Telegram file id and the file's SHA-256, not the file: on confirmation the file is fetched again, and
 * imported only if it is the one previewed. The import re-checks the person's scope as it is then.
 */
@Component
class RosterConfirmation implements Flow<RosterConfirmation.Pending> {

    static final String NAME = "roster_import";
    static final String CONFIRM = "confirm";

    private static final Logger log = LoggerFactory.getLogger(RosterConfirmation.class);

    /** The file previewed and what the preview said. */
    public static final class Pending {
        public String fileId;
        public String fileName;
        public String sha256;
        public String preview;

        static Pending of(String fileId, String fileName, String sha256, String preview) {
            Pending pending = new Pending();
            pending.fileId = fileId;
            pending.fileName = fileName;
            pending.sha256 = sha256;
            pending.preview = preview;
            return pending;
        }
    }

    private final RosterImport roster;
    private final FileDownloads downloads;
    private final BotIdentity bot;
    private final Texts texts;
    private final RosterTexts say;

    RosterConfirmation(RosterImport roster, FileDownloads downloads, BotIdentity bot, Texts texts) {
        this.roster = roster;
        this.downloads = downloads;
        this.bot = bot;
        this.texts = texts;
        this.say = new RosterTexts(texts);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Pending> stateType() {
        return Pending.class;
    }

    @Override
    public List<String> steps() {
        return List.of(CONFIRM);
    }

    @Override
    public boolean allows(Actor actor) {
        return actor.canManage();
    }

    @Override
    public Turn<Pending> opened(Pending pending, Actor actor) {
        // The preview is shown, not stored: the conversation keeps only what confirming needs.
        return new Turn.Show<>(
                CONFIRM,
                Pending.of(pending.fileId, pending.fileName, pending.sha256, null),
                new Screen(
                        pending.preview,
                        List.of(List.of(
                                Key.of(texts.t("import.confirm_yes"), Action.SAVE),
                                Key.of(texts.t("import.confirm_no"), Action.CANCEL)))));
    }

    @Override
    public Turn<Pending> pressed(Pending pending, Action action, int index, Actor actor) {
        if (action == Action.CANCEL) {
            return new Turn.End<>(texts.t("import.cancelled", pending.fileName));
        }
        if (action != Action.SAVE) {
            return new Turn.Toast<>(texts.t("button.stale"), false);
        }
        byte[] content;
        try {
            content = downloads.download(pending.fileId, RosterReader.MAX_BYTES);
        } catch (IOException e) {
            log.warn(
                    "Could not fetch the previewed roster again: {}",
                    e.getClass().getSimpleName());
            return new Turn.Toast<>(texts.t("import.download_failed"), true);
        }
        if (!sha256(content).equals(pending.sha256)) {
            return new Turn.End<>(texts.t("import.file_changed", pending.fileName));
        }
        RosterImport.Result result = roster.run(content, actor);
        if (result instanceof RosterImport.Result.Rejected rejected) {
            return new Turn.End<>(say.rejection(rejected.problems()));
        }
        ImportReport report = ((RosterImport.Result.Imported) result).report();
        if (report.changedNothing()) {
            return new Turn.End<>(say.unchanged(report));
        }
        return new Turn.End<>(say.done(report, bot), !report.invitations().isEmpty());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.chibo.bot.reminder;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Action;
import vn.chibo.bot.chat.form.Flow;
import vn.chibo.bot.chat.form.Screen;
import vn.chibo.bot.chat.form.Screen.Key;
import vn.chibo.bot.chat.form.Turn;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.deadline.Deadlines;

/**
 * After "📤 Đã nộp" under a report reminder: the next file (or photo) the secretary sends is kept with the
 * submission; "Bỏ qua" ends it without one. The submission itself was recorded by the press.
 */
@Component
class ReportFileFlow implements Flow<AwaitedReport> {

    static final String NAME = "report";
    static final String FILE = "file";

    private final Deadlines deadlines;
    private final RoleAssignments roles;
    private final Texts texts;

    ReportFileFlow(Deadlines deadlines, RoleAssignments roles, Texts texts) {
        this.deadlines = deadlines;
        this.roles = roles;
        this.texts = texts;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<AwaitedReport> stateType() {
        return AwaitedReport.class;
    }

    @Override
    public List<String> steps() {
        return List.of(FILE);
    }

    @Override
    public boolean allows(Actor actor) {
        return actor.hasRole();
    }

    @Override
    public Turn<AwaitedReport> opened(AwaitedReport state, Actor actor) {
        return new Turn.Show<>(
                FILE,
                state,
                new Screen(
                        texts.t("reminder.attach.ask", state.title),
                        List.of(List.of(Key.of(texts.t("reminder.attach.skip"), Action.CANCEL)))));
    }

    @Override
    public Turn<AwaitedReport> pressed(AwaitedReport state, Action action, int index, Actor actor) {
        return action == Action.CANCEL
                ? new Turn.End<>(texts.t("reminder.attach.skipped", state.title))
                : new Turn.Toast<>(texts.t("button.stale"), false);
    }

    /** The file goes with the submission of an organisation the person answers for; a role lost meanwhile keeps nothing. */
    @Override
    public Turn<AwaitedReport> file(AwaitedReport state, String fileId, String fileName, Actor actor) {
        if (!roles.answersFor(actor.telegramUserId(), state.unitId)) {
            return new Turn.End<>(texts.t("form.changed_meanwhile"));
        }
        deadlines.attach(state.deadlineId, state.unitId, LocalDate.parse(state.dueOn), fileId, fileName);
        return new Turn.End<>(
                texts.t("reminder.attach.done", fileName == null ? texts.t("reminder.attach.unnamed") : fileName));
    }
}

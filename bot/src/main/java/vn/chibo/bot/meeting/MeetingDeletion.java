package vn.chibo.bot.meeting;

import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Action;
import vn.chibo.bot.chat.form.Flow;
import vn.chibo.bot.chat.form.Screen;
import vn.chibo.bot.chat.form.Screen.Key;
import vn.chibo.bot.chat.form.Turn;
import vn.chibo.bot.telegram.ChiboProperties;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.meeting.RecordMeeting;

/**
 * "🗑 Xóa" under a meeting in /lichsu: asks, and deletes only on the answer to that question. The question is a
 * conversation of its own, so the deletion cannot be pressed, forged or replayed without it; the meeting is checked
 * again (the person's cell, the edit window) when it is confirmed.
 */
@Component
class MeetingDeletion implements Flow<MeetingDeletion.Asked> {

    static final String NAME = "delete_meeting";
    static final String CONFIRM = "confirm";

    /** The meeting asked about, and how the question names it. */
    public static final class Asked {
        public long meetingId;
        public String kind;
        public String day;

        static Asked of(long meetingId, String kind, String day) {
            Asked asked = new Asked();
            asked.meetingId = meetingId;
            asked.kind = kind;
            asked.day = day;
            return asked;
        }
    }

    private final RecordMeeting recordMeeting;
    private final Texts texts;
    private final ChiboProperties properties;

    MeetingDeletion(RecordMeeting recordMeeting, Texts texts, ChiboProperties properties) {
        this.recordMeeting = recordMeeting;
        this.texts = texts;
        this.properties = properties;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Asked> stateType() {
        return Asked.class;
    }

    @Override
    public List<String> steps() {
        return List.of(CONFIRM);
    }

    @Override
    public boolean allows(Actor actor) {
        return actor.actsForCell();
    }

    @Override
    public Turn<Asked> opened(Asked asked, Actor actor) {
        return new Turn.Show<>(
                CONFIRM,
                asked,
                new Screen(
                        texts.t("history.delete_ask", asked.day),
                        List.of(List.of(
                                Key.of(texts.t("history.delete_yes"), Action.SAVE),
                                Key.of(texts.t("history.delete_no"), Action.CANCEL)))));
    }

    @Override
    public Turn<Asked> pressed(Asked asked, Action action, int index, Actor actor) {
        if (action == Action.CANCEL) {
            return new Turn.End<>(texts.t("history.delete_kept", asked.day));
        }
        if (action != Action.SAVE) {
            return new Turn.Toast<>(texts.t("button.stale"), false);
        }
        Duration editWindow = properties.meetings().editWindow();
        var refused = recordMeeting.withdraw(
                asked.meetingId, actor, editWindow, texts.t("meeting.audit", asked.kind, asked.day));
        if (refused.isEmpty()) {
            return new Turn.End<>(texts.t("history.deleted", asked.day));
        }
        return new Turn.End<>(
                switch (refused.get()) {
                    case TOO_LATE -> texts.t("history.too_late", Long.toString(editWindow.toDays()));
                    case NOT_THEIR_CELL -> texts.t("meeting.role_changed");
                    case CHANGED_MEANWHILE -> texts.t("form.changed_meanwhile");
                });
    }
}

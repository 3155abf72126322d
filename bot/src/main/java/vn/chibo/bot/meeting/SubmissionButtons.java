package vn.chibo.bot.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.ButtonData;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.Reply;
import vn.chibo.bot.chat.form.Forms;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.meeting.MeetingSubmission;
import vn.chibo.content.meeting.MeetingSubmissions;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * The buttons under a request to confirm a logged meeting: "review" opens the meeting form on its summary card with
 * the answers given, so the secretary or deputy can change anything and save it (which records it and makes the
 * minutes); "return" sends it back unrecorded. Each press is checked: the presser acts for that very cell now, and the
 * submission is still pending.
 */
@Component
class SubmissionButtons {

    private final MeetingSubmissions submissions;
    private final MeetingSubmitting submitting;
    private final MeetingForm form;
    private final Forms forms;
    private final Texts texts;

    SubmissionButtons(
            MeetingSubmissions submissions, MeetingSubmitting submitting, MeetingForm form, Forms forms, Texts texts) {
        this.submissions = submissions;
        this.submitting = submitting;
        this.form = form;
        this.forms = forms;
        this.texts = texts;
    }

    /** {@code ms:v:<id>} or {@code ms:r:<id>}. */
    List<Outgoing> press(Incoming in, Actor actor, ButtonData data) {
        if (data.size() != 2 || !data.field(1).matches("\\d{1,18}")) {
            return Reply.answer(in, texts.t("button.stale"), false);
        }
        Optional<MeetingSubmission> found = submissions.find(Long.parseLong(data.field(1)));
        if (found.isEmpty()
                || !actor.actsForCell()
                || actor.acting().unit().id() != found.get().cellId()) {
            return Reply.answer(in, texts.t("access.denied"), true);
        }
        MeetingSubmission s = found.get();
        if (!s.pending()) {
            return Reply.answer(in, texts.t("submission.settled"), true);
        }
        return switch (data.field(0)) {
            case MeetingSubmitting.REVIEW -> review(in, actor, s);
            case MeetingSubmitting.RETURN -> giveBack(in, actor, s);
            default -> Reply.answer(in, texts.t("button.stale"), false);
        };
    }

    private List<Outgoing> review(Incoming in, Actor actor, MeetingSubmission s) {
        MeetingSubmitting.Kept kept = MeetingSubmitting.read(s.answers());
        Map<String, String> values = new LinkedHashMap<>(kept.values());
        values.put(MeetingForm.SUBMISSION, Long.toString(s.id()));
        return forms.startAtSummary(form, in, actor, values, kept.labels());
    }

    private List<Outgoing> giveBack(Incoming in, Actor actor, MeetingSubmission s) {
        if (!submissions.settle(s.id(), MeetingSubmission.State.RETURNED, actor.telegramUserId())) {
            return Reply.answer(in, texts.t("submission.settled"), true);
        }
        String kind = submitting.kindName(s.kind());
        String day = s.heldOn().format(PartyCalendar.DAY);
        List<Outgoing> replies = new ArrayList<>(Reply.editAndAnswer(
                in, texts.t("submission.returned.done", kind, day, s.submitterName()), List.of(), null));
        if (s.submittedBy() != null) {
            replies.add(Outgoing.text(s.submittedBy(), texts.t("submission.returned", actor.displayName(), kind, day)));
        }
        return replies;
    }
}

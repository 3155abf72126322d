package vn.chibo.bot.meeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingSubmission;
import vn.chibo.content.meeting.MeetingSubmissions;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * A meeting logged by the cell's minute-taker or a cell committee member goes to its secretary and deputy to confirm
 * (issue 19): it is kept with its answers, they are asked with two buttons, and whoever settles it first tells the one
 * who logged it. Only the secretary's or deputy's save records the meeting and makes its minutes.
 */
@Component
class MeetingSubmitting {

    /** The buttons under a request to confirm: {@code ms:v:<id>} to review it, {@code ms:r:<id>} to return it. */
    static final String PREFIX = "ms";

    static final String REVIEW = "v";
    static final String RETURN = "r";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The values and labels of a form's answers, as kept with a submission. */
    record Kept(Map<String, String> values, Map<String, String> labels) {}

    private final MeetingSubmissions submissions;
    private final RoleAssignments roles;
    private final Texts texts;

    MeetingSubmitting(MeetingSubmissions submissions, RoleAssignments roles, Texts texts) {
        this.submissions = submissions;
        this.roles = roles;
        this.texts = texts;
    }

    /** Keeps the logged meeting and asks the cell's secretary and deputy to confirm it. */
    Saved submit(Answers a, Actor actor, MeetingKind kind) {
        OrgUnit cell = actor.acting().unit();
        String json = write(kept(a));
        if (json.length() > MeetingSubmissions.MAX_ANSWERS) {
            return Saved.refused(texts.t("submission.too_long"));
        }
        MeetingSubmission submission = submissions.submit(
                cell.id(), kind, a.date(MeetingForm.DATE), actor.telegramUserId(), actor.displayName(), json);
        String kindName = kindName(kind);
        String day = submission.heldOn().format(PartyCalendar.DAY);
        List<Long> chats = roles.chatsAnsweringFor(cell);
        List<Outgoing> requests = new ArrayList<>();
        String request = texts.t(
                "submission.request",
                actor.displayName(),
                roleName(actor.acting().role()),
                kindName,
                day,
                cell.name());
        List<List<Button>> buttons = List.of(
                List.of(Button.callback(
                        texts.t("submission.button.review"), CallbackData.of(PREFIX, REVIEW, submission.id()))),
                List.of(Button.callback(
                        texts.t("submission.button.return"), CallbackData.of(PREFIX, RETURN, submission.id()))));
        for (long chat : chats) {
            requests.add(Outgoing.text(chat, request, buttons));
        }
        String said = chats.isEmpty()
                ? texts.t("submission.sent.nobody", kindName, day)
                : texts.t("submission.sent", kindName, day);
        return new Saved(said, requests);
    }

    /**
     * Settles the submission as confirmed by the secretary or deputy saving it; empty when it was settled already. The
     * outgoing message tells the one who logged it.
     */
    Optional<List<Outgoing>> confirm(long submissionId, Actor actor) {
        Optional<MeetingSubmission> found = submissions
                .find(submissionId)
                .filter(s -> actor.actsForCell()
                        && s.cellId() == actor.acting().unit().id());
        if (found.isEmpty()
                || !submissions.settle(submissionId, MeetingSubmission.State.CONFIRMED, actor.telegramUserId())) {
            return Optional.empty();
        }
        MeetingSubmission s = found.get();
        return Optional.of(
                s.submittedBy() == null
                        ? List.of()
                        : List.of(Outgoing.text(
                                s.submittedBy(),
                                texts.t(
                                        "submission.confirmed",
                                        actor.displayName(),
                                        kindName(s.kind()),
                                        s.heldOn().format(PartyCalendar.DAY)))));
    }

    /** Puts a submission back as pending, with its answers, when the save that confirmed it was refused. */
    void reopen(long submissionId, Answers a) {
        submissions.reopen(submissionId, write(kept(a)));
    }

    /** The answers as a submission keeps them: without the hidden keys of an edit or a confirmation. */
    private static Kept kept(Answers a) {
        Map<String, String> values = a.values();
        values.remove(MeetingForm.EDITING);
        values.remove(MeetingForm.SUBMISSION);
        return new Kept(values, a.labels());
    }

    String kindName(MeetingKind kind) {
        return texts.t("meeting.kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    private String roleName(Role role) {
        return role == Role.MINUTE_TAKER
                ? texts.t("submission.role.minute_taker")
                : texts.t("submission.role.cell_committee");
    }

    static String write(Kept kept) {
        try {
            return JSON.writeValueAsString(kept);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Answers are plain strings", e);
        }
    }

    static Kept read(String json) {
        try {
            Map<String, Map<String, String>> both = JSON.readValue(json, new TypeReference<>() {});
            return new Kept(both.getOrDefault("values", Map.of()), both.getOrDefault("labels", Map.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A submission's answers are written by write()", e);
        }
    }
}

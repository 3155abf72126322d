package vn.chibo.bot.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.notice.MeetingNotice;
import vn.chibo.content.notice.NoticeReply;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.reminder.ReminderTexts;

/**
 * What a notice says and the buttons under it. Buttons carry {@code tb:<action>:<notice id>} ("thông báo"), with a
 * reason's number for a chosen reason: at most 26 bytes, well within Telegram's 64.
 */
@Component
class NoticeMessages {

    static final String PREFIX = "tb";

    /** The reasons a member can pick, by number in the button; any other is typed. */
    static final List<String> REASONS = List.of("notice.reason.ill", "notice.reason.business", "notice.reason.family");

    private final Texts texts;
    private final ReminderTexts when;

    NoticeMessages(Texts texts, ReminderTexts when) {
        this.texts = texts;
        this.when = when;
    }

    /** "thường kỳ (hằng tháng)" as it reads inside a sentence. */
    String kind(MeetingNotice notice) {
        return texts.t("meeting.kind." + notice.kind().name().toLowerCase(Locale.ROOT))
                .toLowerCase(Locale.ROOT);
    }

    /** "thứ Năm 18/12/2026, 14h". */
    String when(MeetingNotice notice) {
        return when(notice.startsAt());
    }

    String when(java.time.LocalDateTime start) {
        return when.when(start);
    }

    /** "ngày 18/12/2026". */
    String day(MeetingNotice notice) {
        return notice.startsAt().toLocalDate().format(PartyCalendar.DAY);
    }

    /** The notice as a member receives it, with what they answered so far (null: nothing yet). */
    String text(MeetingNotice notice, String cellName, NoticeReply answer) {
        String text = texts.t("notice.text", cellName, kind(notice), when(notice), notice.place(), notice.agenda());
        if (notice.hasMaterials()) {
            text = text + "\n\n" + texts.t("notice.text.materials");
        }
        return answer == null ? text : text + "\n\n" + answered(answer);
    }

    /**
     * The notice as the cell's group sees it: the meeting and its agenda, with no buttons and nothing of anyone's
     * answer; members answer in their private chat.
     */
    String groupText(MeetingNotice notice, String cellName) {
        String text =
                texts.t("notice.text.group", cellName, kind(notice), when(notice), notice.place(), notice.agenda());
        return notice.hasMaterials() ? text + "\n\n" + texts.t("notice.text.materials") : text;
    }

    String answered(NoticeReply answer) {
        return answer.attends() ? texts.t("notice.answer.attends") : texts.t("notice.answer.absent", answer.reason());
    }

    /** Under a notice not yet answered: attend, or absent. */
    List<List<Button>> answerButtons(long noticeId) {
        return List.of(List.of(
                Button.callback(texts.t("notice.button.attend"), CallbackData.of(PREFIX, "y", noticeId)),
                Button.callback(texts.t("notice.button.absent"), CallbackData.of(PREFIX, "n", noticeId))));
    }

    /** Under a notice answered: change the answer. */
    List<List<Button>> changeButton(long noticeId) {
        return List.of(
                List.of(Button.callback(texts.t("notice.button.change"), CallbackData.of(PREFIX, "c", noticeId))));
    }

    /** The reasons to pick from, another typed, or back. */
    List<List<Button>> reasonButtons(long noticeId) {
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < REASONS.size(); i++) {
            rows.add(List.of(Button.callback(texts.t(REASONS.get(i)), CallbackData.of(PREFIX, "r", noticeId, i))));
        }
        rows.add(List.of(
                Button.callback(texts.t("notice.button.other_reason"), CallbackData.of(PREFIX, "o", noticeId)),
                Button.callback(texts.t("notice.button.back"), CallbackData.of(PREFIX, "c", noticeId))));
        return rows;
    }

    /** Under the secretary's confirmation and the replies view: see the replies, remind those who have not answered. */
    List<List<Button>> secretaryButtons(long noticeId) {
        return List.of(
                List.of(Button.callback(texts.t("notice.button.replies"), CallbackData.of(PREFIX, "v", noticeId))),
                List.of(Button.callback(texts.t("notice.button.remind"), CallbackData.of(PREFIX, "k", noticeId))));
    }

    /** The most names one list in a notice's summary or replies shows; the rest are counted. */
    static final int NAMES_SHOWN = 30;

    /** Up to {@link #NAMES_SHOWN} names, then how many more: a big cell's lists stay readable on a phone. */
    List<String> shown(List<String> names) {
        if (names.size() <= NAMES_SHOWN) {
            return names;
        }
        List<String> shown = new ArrayList<>(names.subList(0, NAMES_SHOWN));
        shown.add(texts.t("notice.more_names", Integer.toString(names.size() - NAMES_SHOWN)));
        return shown;
    }

    /** Under the notice as the committee member who follows the cell receives it. */
    String followerLine() {
        return texts.t("notice.text.follower");
    }

    /** The reminder to a member who has not answered. */
    String reminder(MeetingNotice notice, String cellName) {
        return texts.t("notice.remind.text", when(notice), cellName);
    }

    String materialCaption(MeetingNotice notice) {
        return texts.t("notice.material_caption", day(notice));
    }
}

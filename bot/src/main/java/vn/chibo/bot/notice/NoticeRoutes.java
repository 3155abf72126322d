package vn.chibo.bot.notice;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.ButtonData;
import vn.chibo.bot.chat.ChatFeature;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.MenuItem;
import vn.chibo.bot.chat.Reply;
import vn.chibo.bot.chat.Routes;
import vn.chibo.bot.chat.form.Forms;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.notice.MeetingNotice;
import vn.chibo.content.notice.Notices;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * Notices in the chat: /thongbao and its menu entry for the secretary, /cuochop and /hoso and their menu entries for
 * members, and the notice buttons {@code tb:<action>:<notice id>[:<reason>]}.
 */
@Component
class NoticeRoutes implements ChatFeature {

    private final Forms forms;
    private final NoticeForm noticeForm;
    private final NoticeReasonForm reasonForm;
    private final NoticeMaterialsForm materialsForm;
    private final NoticeAnswers answers;
    private final NoticeMessages messages;
    private final MemberHome home;
    private final Notices notices;
    private final Texts texts;
    private final Clock clock;

    NoticeRoutes(
            Forms forms,
            NoticeForm noticeForm,
            NoticeReasonForm reasonForm,
            NoticeMaterialsForm materialsForm,
            NoticeAnswers answers,
            NoticeMessages messages,
            MemberHome home,
            Notices notices,
            Texts texts,
            Clock clock) {
        this.forms = forms;
        this.noticeForm = noticeForm;
        this.reasonForm = reasonForm;
        this.materialsForm = materialsForm;
        this.answers = answers;
        this.messages = messages;
        this.home = home;
        this.notices = notices;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void register(Routes routes) {
        routes.command("thongbao", this::notices)
                .command("cuochop", home::next)
                .command("hoso", home::record)
                .button(NoticeMessages.PREFIX, this::press)
                .menu(new MenuItem("notice", 2, 1, "menu.notice", Actor::actsForCell, this::notices))
                .menu(new MenuItem("member_next", 1, 0, "menu.member_next", NoticeRoutes::plainMember, home::next))
                .menu(new MenuItem(
                        "member_record", 1, 1, "menu.member_record", NoticeRoutes::plainMember, home::record));
    }

    /** A member without a role: a role holder's menu is theirs already, and they reach these by command. */
    private static boolean plainMember(Actor actor) {
        return actor.isMember() && !actor.hasRole();
    }

    /**
     * /thongbao: the replies to the cell's coming notice with a button for a new one, or the form at once when there is
     * none.
     */
    private List<Outgoing> notices(Incoming in, Actor actor) {
        if (!actor.actsForCell()) {
            return forms.start(noticeForm, in, actor);
        }
        List<MeetingNotice> coming = notices.upcoming(actor.acting().unit().id(), LocalDateTime.now(clock));
        if (coming.isEmpty()) {
            return forms.start(noticeForm, in, actor);
        }
        MeetingNotice notice = coming.get(0);
        List<List<Button>> buttons = new java.util.ArrayList<>(messages.secretaryButtons(notice.id()));
        buttons.add(
                List.of(Button.callback(texts.t("notice.button.new"), CallbackData.of(NoticeMessages.PREFIX, "f", 0))));
        return Reply.text(in, answers.repliesText(notice), buttons);
    }

    private List<Outgoing> press(Incoming in, Actor actor, ButtonData data) {
        if (data.size() < 2 || !data.field(1).matches("\\d{1,18}")) {
            return Reply.answer(in, texts.t("button.stale"), false);
        }
        long id = Long.parseLong(data.field(1));
        String rest = data.size() > 2 ? data.field(2) : "";
        return switch (data.field(0)) {
            case "y", "n", "r", "c" -> answers.member(in, actor, data.field(0), id, rest);
            case "o" -> otherReason(in, actor, id);
            case "v" -> answers.replies(in, actor, id);
            case "k" -> answers.remind(in, actor, id);
            case "m" -> materials(in, actor, id);
            case "f" -> forms.start(noticeForm, in, actor);
            default -> Reply.answer(in, texts.t("button.stale"), false);
        };
    }

    private List<Outgoing> otherReason(Incoming in, Actor actor, long noticeId) {
        MeetingNotice notice = answers.forMember(actor, noticeId).orElse(null);
        if (notice == null) {
            return Reply.answer(in, texts.t("notice.answer.not_yours"), true);
        }
        if (!answers.open(notice)) {
            return Reply.answer(in, texts.t("notice.answer.closed"), true);
        }
        return forms.startGiven(
                reasonForm,
                in,
                actor,
                Map.of(NoticeReasonForm.NOTICE, Long.toString(noticeId)),
                Map.of(NoticeReasonForm.NOTICE, messages.when(notice)));
    }

    private List<Outgoing> materials(Incoming in, Actor actor, long noticeId) {
        MeetingNotice notice = answers.forSecretary(actor, noticeId).orElse(null);
        if (notice == null) {
            return Reply.answer(in, texts.t("access.denied"), true);
        }
        if (notice.hasMaterials()) {
            return Reply.answer(in, texts.t("notice.materials.already"), true);
        }
        return forms.startGiven(
                materialsForm,
                in,
                actor,
                Map.of(NoticeMaterialsForm.NOTICE, Long.toString(noticeId)),
                Map.of(NoticeMaterialsForm.NOTICE, messages.when(notice)));
    }
}

package vn.chibo.bot.chat;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Forms;
import vn.chibo.bot.commendation.BadgeCalendarView;
import vn.chibo.bot.commendation.CommendationList;
import vn.chibo.bot.meeting.MeetingHistory;
import vn.chibo.bot.people.AuditView;
import vn.chibo.bot.people.Onboarding;
import vn.chibo.bot.people.PeopleMenu;
import vn.chibo.bot.people.RosterUpload;
import vn.chibo.bot.reminder.ReminderButtons;
import vn.chibo.bot.status.StatusView;
import vn.chibo.content.access.Actor;
import vn.chibo.scheduler.delivery.BlockedChats;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * The first stop of every update: commands, button presses, typed answers and files, routed to the flow
 * that owns them. Only private chats are served; a group gets one sentence pointing to a private chat.
 */
@Component
class ChatRouter implements UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(ChatRouter.class);

    private final Texts texts;
    private final Actors actors;
    private final MainMenu menu;
    private final RolePicker rolePicker;
    private final Conversations conversations;
    private final Forms forms;
    private final PeopleMenu people;
    private final Onboarding onboarding;
    private final RosterUpload rosterUpload;
    private final AuditView auditView;
    private final MeetingHistory meetings;
    private final CommendationList awardList;
    private final BadgeCalendarView badges;
    private final ReminderButtons reminderButtons;
    private final StatusView status;
    private final BlockedChats blockedChats;

    ChatRouter(
            Texts texts,
            Actors actors,
            MainMenu menu,
            RolePicker rolePicker,
            Conversations conversations,
            Forms forms,
            PeopleMenu people,
            Onboarding onboarding,
            RosterUpload rosterUpload,
            AuditView auditView,
            MeetingHistory meetings,
            CommendationList awardList,
            BadgeCalendarView badges,
            ReminderButtons reminderButtons,
            StatusView status,
            BlockedChats blockedChats) {
        this.texts = texts;
        this.actors = actors;
        this.menu = menu;
        this.rolePicker = rolePicker;
        this.conversations = conversations;
        this.forms = forms;
        this.people = people;
        this.onboarding = onboarding;
        this.rosterUpload = rosterUpload;
        this.auditView = auditView;
        this.meetings = meetings;
        this.awardList = awardList;
        this.badges = badges;
        this.reminderButtons = reminderButtons;
        this.status = status;
        this.blockedChats = blockedChats;
    }

    @Override
    public List<Outgoing> handle(Incoming in) {
        switch (in.kind()) {
            case BLOCKED -> {
                blockedChats.block(in.chatId());
                return List.of();
            }
            case UNBLOCKED -> {
                blockedChats.unblock(in.chatId());
                return List.of();
            }
            default -> {
                // fall through to the person's request
            }
        }
        if (!in.privateChat()) {
            return in.kind() == Incoming.Kind.COMMAND ? Reply.text(in, texts.t("group.private_only")) : List.of();
        }
        blockedChats.unblock(in.chatId());
        Actor actor = actors.of(in);
        return switch (in.kind()) {
            case COMMAND -> command(in, actor);
            case CALLBACK -> press(in, actor);
            case TEXT -> typed(in, actor);
            case DOCUMENT -> document(in, actor);
            case PHOTO ->
                conversations
                        .find(in.chatId())
                        .filter(forms::owns)
                        .map(c -> forms.photo(c, in, actor))
                        .orElseGet(() -> Reply.text(in, texts.t("file.not_expected")));
            default -> Reply.text(in, texts.t("message.unsupported"));
        };
    }

    @Override
    public List<Outgoing> apologise(Incoming in) {
        if (in.kind() == Incoming.Kind.CALLBACK) {
            return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("error.apology"), true));
        }
        return in.privateChat() ? Reply.text(in, texts.t("error.apology")) : List.of();
    }

    private List<Outgoing> command(Incoming in, Actor actor) {
        return switch (in.command()) {
            case "start" ->
                in.commandArgs().isEmpty() ? menu.start(in, actor) : onboarding.redeem(in, in.commandArgs());
            case "help" -> menu.help(in, actor);
            case "vaitro" -> rolePicker.open(in);
            case "huy" ->
                conversations.end(in.chatId())
                        ? Reply.text(in, texts.t("cancel.done"))
                        : Reply.text(in, texts.t("cancel.nothing"));
            case "dangvien" -> people.members(in, actor);
            case "tochuc" -> people.management(in, actor);
            case "moi" -> people.invite(in, actor);
            case "nhatky" -> auditView.page(in, actor, 0);
            case "sinhhoat" -> meetings.start(in, actor);
            case "lichsu" -> meetings.list(in, actor);
            case "caidat" -> menu.settings(in);
            case "khenthuong" -> people.open(in, actor, "award");
            case "khenthuong_ds" -> awardList.open(in, actor);
            case "huyhieu" -> badges.show(in, actor);
            case "lichhop" -> people.open(in, actor, "schedule");
            case "hanbaocao" -> people.open(in, actor, "deadline");
            case "tinhhinh" -> status.open(in, actor);
            case "chuahop" -> status.notMet(in, actor);
            case "quahan" -> status.overdue(in, actor);
            default -> Reply.text(in, texts.t("command.unknown", "/" + in.command()));
        };
    }

    /** A file: the report a "submitted" press asked for, else a roster to import, else not expected. */
    private List<Outgoing> document(Incoming in, Actor actor) {
        Optional<Conversation> waiting =
                conversations.find(in.chatId()).filter(c -> c.flow().equals(ReminderButtons.ATTACH_FLOW));
        if (waiting.isPresent()) {
            return reminderButtons.attach(in, waiting.get().data());
        }
        return rosterUpload.accepts(in)
                ? rosterUpload.importFile(in, actor)
                : Reply.text(in, texts.t("file.not_expected"));
    }

    private List<Outgoing> typed(Incoming in, Actor actor) {
        Optional<Conversation> conversation = conversations.find(in.chatId());
        if (conversation.isPresent() && forms.owns(conversation.get())) {
            return forms.text(conversation.get(), in, actor);
        }
        if (conversation.isPresent() && awardList.owns(conversation.get())) {
            return awardList.text(conversation.get(), in, actor);
        }
        return conversation.isPresent()
                ? Reply.text(in, texts.t("conversation.use_buttons"))
                : Reply.text(in, texts.t("text.not_understood"));
    }

    private List<Outgoing> press(Incoming in, Actor actor) {
        String data = in.callbackData() == null ? "" : in.callbackData();
        String[] parts = data.split(":", 3);
        if (data.equals(RolePicker.OPEN)) {
            return rolePicker.open(in);
        }
        if (parts.length == 2 && parts[0].equals(MainMenu.PREFIX)) {
            return switch (parts[1]) {
                case "manage" -> withAnswer(in, people.management(in, actor));
                case "awards" -> withAnswer(in, awardList.open(in, actor));
                case "badges" -> withAnswer(in, badges.show(in, actor));
                case "status" -> withAnswer(in, status.open(in, actor));
                case "notmet" -> withAnswer(in, status.notMet(in, actor));
                case "overdue" -> withAnswer(in, status.overdue(in, actor));
                default -> menu.press(in, actor, parts[1]);
            };
        }
        if (parts.length == 2 && parts[0].equals(PeopleMenu.PREFIX)) {
            return people.open(in, actor, parts[1]);
        }
        if (parts.length == 2 && parts[0].equals(AuditView.PREFIX) && parts[1].matches("\\d{1,7}")) {
            return auditView.page(in, actor, Integer.parseInt(parts[1]));
        }
        if (parts[0].equals(MeetingHistory.PREFIX) && parts.length >= 2) {
            return parts[1].equals("list")
                    ? withAnswer(in, meetings.list(in, actor))
                    : meetings.press(in, actor, parts[1], parts.length == 3 ? parts[2] : "");
        }
        if (parts.length == 3 && parts[0].equals(RolePicker.PREFIX)) {
            return rolePicker.press(in, parts[1], parts[2]);
        }
        if (parts.length == 3 && parts[0].equals(StatusView.PREFIX)) {
            return status.press(in, actor, data);
        }
        if (parts.length == 3 && parts[0].equals(vn.chibo.scheduler.reminder.RemindDue.PREFIX)) {
            return reminderButtons.press(in, parts[1], parts[2]);
        }
        if (parts.length == 3 && parts[0].equals(CommendationList.PREFIX)) {
            Optional<Conversation> current = conversations
                    .find(in.chatId())
                    .filter(awardList::owns)
                    .filter(c -> Integer.toString(c.version()).equals(parts[1]));
            return current.isPresent()
                    ? awardList.press(current.get(), in, actor, parts[2])
                    : Reply.answer(in, texts.t("button.stale"), false);
        }
        if (parts.length == 3 && parts[0].equals(Forms.PREFIX)) {
            Optional<Conversation> current = conversations
                    .find(in.chatId())
                    .filter(forms::owns)
                    .filter(c -> Integer.toString(c.version()).equals(parts[1]));
            return current.isPresent()
                    ? forms.press(current.get(), in, parts[2], actor)
                    : Reply.answer(in, texts.t("button.stale"), false);
        }
        log.warn(
                "Unrecognised button data from user {}: {}",
                in.userId(),
                data.length() > 64 ? data.substring(0, 64) : data);
        return Reply.answer(in, texts.t("button.stale"), false);
    }

    private static List<Outgoing> withAnswer(Incoming in, List<Outgoing> replies) {
        var all = new java.util.ArrayList<Outgoing>();
        all.add(Outgoing.answer(in.chatId(), in.callbackId(), null, false));
        all.addAll(replies);
        return all;
    }
}

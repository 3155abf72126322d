package vn.chibo.bot.commendation;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.ButtonData;
import vn.chibo.bot.chat.ChatFeature;
import vn.chibo.bot.chat.Conversation;
import vn.chibo.bot.chat.ConversationOwner;
import vn.chibo.bot.chat.Conversations;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.MenuItem;
import vn.chibo.bot.chat.Reply;
import vn.chibo.bot.chat.Routes;
import vn.chibo.bot.chat.form.Forms;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * Commendations in the chat: /khenthuong to record, /khenthuong_ds and its {@code k:<version>:<action>} buttons to
 * browse (a version other than the list's conversation is stale), /huyhieu.
 */
@Component
class CommendationRoutes implements ChatFeature, ConversationOwner {

    private final Forms forms;
    private final CommendationList list;
    private final BadgeCalendarView badges;
    private final Conversations conversations;
    private final Texts texts;

    CommendationRoutes(
            Forms forms, CommendationList list, BadgeCalendarView badges, Conversations conversations, Texts texts) {
        this.forms = forms;
        this.list = list;
        this.badges = badges;
        this.conversations = conversations;
        this.texts = texts;
    }

    @Override
    public void register(Routes routes) {
        routes.command("khenthuong", (in, actor) -> forms.open("award", in, actor))
                .command("khenthuong_ds", list::open)
                .command("huyhieu", badges::show)
                .button(CommendationList.PREFIX, this::press)
                .conversations(this)
                .menu(new MenuItem(
                        "award",
                        3,
                        0,
                        "menu.award",
                        Actor::recordsCommendations,
                        (in, actor) -> forms.open("award", in, actor)))
                .menu(new MenuItem("awards", 3, 1, "menu.awards", a -> a.admin() || a.hasRole(), list::open))
                .menu(new MenuItem("badges", 6, 1, "menu.badges", Actor::hasRole, badges::show));
    }

    @Override
    public boolean owns(Conversation conversation) {
        return list.owns(conversation);
    }

    @Override
    public Optional<List<Outgoing>> text(Conversation conversation, Incoming in, Actor actor) {
        return Optional.of(list.text(conversation, in, actor));
    }

    private List<Outgoing> press(Incoming in, Actor actor, ButtonData data) {
        Optional<Conversation> current = data.size() < 2
                ? Optional.empty()
                : conversations.find(in.chatId()).filter(list::owns).filter(c -> Integer.toString(c.version())
                        .equals(data.field(0)));
        return current.isPresent()
                ? list.press(current.get(), in, actor, data.from(1))
                : Reply.answer(in, texts.t("button.stale"), false);
    }
}

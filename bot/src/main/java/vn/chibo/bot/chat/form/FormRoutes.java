package vn.chibo.bot.chat.form;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.ButtonData;
import vn.chibo.bot.chat.ChatFeature;
import vn.chibo.bot.chat.Conversation;
import vn.chibo.bot.chat.ConversationOwner;
import vn.chibo.bot.chat.Conversations;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.Reply;
import vn.chibo.bot.chat.Routes;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * The form engine in the chat: {@code f:<version>:<action>} presses on the buttons of a form or a flow (a version other
 * than the conversation's is stale), {@code o:<form>} to open a form by name, and what is typed, photographed or sent
 * as a file while one is open.
 */
@Component
class FormRoutes implements ChatFeature, ConversationOwner {

    private static final Logger log = LoggerFactory.getLogger(FormRoutes.class);

    private final Forms forms;
    private final Flows flows;
    private final Conversations conversations;
    private final Texts texts;

    FormRoutes(Forms forms, Flows flows, Conversations conversations, Texts texts) {
        this.forms = forms;
        this.flows = flows;
        this.conversations = conversations;
        this.texts = texts;
    }

    @Override
    public void register(Routes routes) {
        routes.button(Forms.PREFIX, this::press).button(Forms.OPEN, this::open).conversations(this);
    }

    @Override
    public boolean owns(Conversation conversation) {
        return forms.owns(conversation) || flows.owns(conversation);
    }

    @Override
    public Optional<List<Outgoing>> text(Conversation conversation, Incoming in, Actor actor) {
        return Optional.of(
                flows.owns(conversation) ? flows.text(conversation, in, actor) : forms.text(conversation, in, actor));
    }

    @Override
    public Optional<List<Outgoing>> photo(Conversation conversation, Incoming in, Actor actor) {
        return flows.owns(conversation)
                ? flows.file(conversation, in, actor)
                : Optional.of(forms.photo(conversation, in, actor));
    }

    @Override
    public Optional<List<Outgoing>> document(Conversation conversation, Incoming in, Actor actor) {
        return flows.owns(conversation) ? flows.file(conversation, in, actor) : forms.document(conversation, in, actor);
    }

    private List<Outgoing> press(Incoming in, Actor actor, ButtonData data) {
        Optional<FormButton> button = FormButton.parse(data);
        if (button.isEmpty()) {
            // chibo never makes such a button: someone wrote the data by hand.
            log.warn(
                    "User {} pressed a forged form button: {}",
                    in.userId(),
                    data.raw().length() > 64 ? data.raw().substring(0, 64) : data.raw());
            return Reply.answer(in, texts.t("access.denied"), true);
        }
        Optional<Conversation> current = conversations
                .find(in.chatId())
                .filter(this::owns)
                .filter(c -> c.version() == button.get().version());
        if (current.isEmpty()) {
            return Reply.answer(in, texts.t("button.stale"), false);
        }
        return flows.owns(current.get())
                ? flows.press(current.get(), in, button.get(), actor)
                : forms.press(current.get(), in, button.get(), actor);
    }

    private List<Outgoing> open(Incoming in, Actor actor, ButtonData data) {
        return data.size() == 1
                ? forms.open(data.field(0), in, actor)
                : Reply.answer(in, texts.t("button.stale"), false);
    }
}

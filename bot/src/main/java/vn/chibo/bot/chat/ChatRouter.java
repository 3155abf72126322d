package vn.chibo.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.scheduler.delivery.BlockedChats;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * The first stop of every update: commands, button presses, typed answers and files, routed to the feature that
 * registered them ({@link Routes}). The router's own commands are the few every person has (/start, /help, /caidat,
 * /huy). Private chats are served in full; in a group, the bot hears its joining and leaving and the commands addressed
 * to it, which the {@link GroupHandler} answers. Every button
 * press is answered exactly once, whatever the feature replied.
 */
@Component
class ChatRouter implements UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(ChatRouter.class);

    private final Routes routes;
    private final Texts texts;
    private final Actors actors;
    private final MainMenu menu;
    private final Conversations conversations;
    private final BlockedChats blockedChats;
    private final GroupHandler groups;

    ChatRouter(
            Routes routes,
            Texts texts,
            Actors actors,
            MainMenu menu,
            Conversations conversations,
            BlockedChats blockedChats,
            GroupHandler groups) {
        this.groups = groups;
        this.routes = routes;
        this.texts = texts;
        this.actors = actors;
        this.menu = menu;
        this.conversations = conversations;
        this.blockedChats = blockedChats;
    }

    @Override
    public List<Outgoing> handle(Incoming in) {
        if (in.kind() == Incoming.Kind.BLOCKED) {
            blockedChats.block(in.chatId());
            return List.of();
        }
        if (in.kind() == Incoming.Kind.UNBLOCKED) {
            blockedChats.unblock(in.chatId());
            return List.of();
        }
        if (!in.privateChat()) {
            List<Outgoing> done = groups.handle(in, actors.of(in));
            return in.kind() == Incoming.Kind.CALLBACK ? answeredOnce(in, done) : done;
        }
        blockedChats.unblock(in.chatId());
        Actor actor = actors.of(in);
        return switch (in.kind()) {
            case COMMAND -> command(in, actor);
            case CALLBACK -> answeredOnce(in, press(in, actor));
            case TEXT -> typed(in, actor);
            case DOCUMENT -> document(in, actor);
            case PHOTO ->
                conversations
                        .find(in.chatId())
                        .flatMap(c -> routes.ownerOf(c).flatMap(owner -> owner.photo(c, in, actor)))
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
                in.commandArgs().isEmpty()
                        ? menu.start(in, actor)
                        : routes.startLink().map(h -> h.handle(in, actor)).orElseGet(() -> menu.start(in, actor));
            case "help" -> menu.help(in, actor);
            case "caidat" -> menu.settings(in);
            case "huy" ->
                menu.withMenu(
                        in, actor, conversations.end(in.chatId()) ? texts.t("cancel.done") : texts.t("cancel.nothing"));
            default ->
                routes.command(in.command())
                        .map(h -> h.handle(in, actor))
                        .orElseGet(() -> Reply.text(in, texts.t("command.unknown", "/" + in.command())));
        };
    }

    private List<Outgoing> press(Incoming in, Actor actor) {
        ButtonData data = ButtonData.parse(in.callbackData());
        if (data.prefix().equals(MainMenu.PREFIX)) {
            return menu.press(in, actor, data.field(0));
        }
        Optional<Routes.Press> press = routes.button(data.prefix());
        if (press.isPresent()) {
            return press.get().press(in, actor, data);
        }
        log.warn(
                "Unrecognised button data from user {}: {}",
                in.userId(),
                data.raw().length() > 64 ? data.raw().substring(0, 64) : data.raw());
        return Reply.answer(in, texts.t("button.stale"), false);
    }

    /** A file: for the conversation waiting for one, else for a feature that takes such files, else not expected. */
    private List<Outgoing> document(Incoming in, Actor actor) {
        Optional<List<Outgoing>> inConversation = conversations
                .find(in.chatId())
                .flatMap(c -> routes.ownerOf(c).flatMap(owner -> owner.document(c, in, actor)));
        return inConversation.orElseGet(() -> routes.documentHandler(in, actor)
                .map(h -> h.handle(in, actor))
                .orElseGet(() -> Reply.text(in, texts.t("file.not_expected"))));
    }

    private List<Outgoing> typed(Incoming in, Actor actor) {
        Optional<Conversation> conversation = conversations.find(in.chatId());
        if (conversation.isEmpty()) {
            // Typed outside a conversation: a question, for the feature that reads them; else not understood.
            return routes.freeText()
                    .map(h -> h.handle(in, actor))
                    .orElseGet(() -> Reply.text(in, texts.t("text.not_understood")));
        }
        return routes.ownerOf(conversation.get())
                .flatMap(owner -> owner.text(conversation.get(), in, actor))
                .orElseGet(() -> Reply.text(in, texts.t("conversation.use_buttons")));
    }

    /** Telegram wants one answer per callback query: the first a feature gave, or an empty one put first. */
    static List<Outgoing> answeredOnce(Incoming in, List<Outgoing> replies) {
        List<Outgoing> all = new ArrayList<>();
        boolean answered = false;
        for (Outgoing reply : replies) {
            boolean answer = reply.kind() == Outgoing.Kind.ANSWER_CALLBACK;
            if (!answer || !answered) {
                all.add(reply);
            }
            answered |= answer;
        }
        if (!answered) {
            all.add(0, Outgoing.answer(in.chatId(), in.callbackId(), null, false));
        }
        return all;
    }
}

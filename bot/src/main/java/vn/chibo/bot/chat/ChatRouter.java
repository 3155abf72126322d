package vn.chibo.bot.chat;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chibo.scheduler.delivery.BlockedChats;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * The first stop of every update: commands, button presses, and anything else, routed to the flow that
 * owns it. Only private chats are served; a group gets one sentence pointing to a private chat.
 */
@Component
class ChatRouter implements UpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(ChatRouter.class);

    private final Texts texts;
    private final MainMenu menu;
    private final RolePicker rolePicker;
    private final Conversations conversations;
    private final BlockedChats blockedChats;

    ChatRouter(Texts texts, MainMenu menu, RolePicker rolePicker, Conversations conversations, BlockedChats blockedChats) {
        this.texts = texts;
        this.menu = menu;
        this.rolePicker = rolePicker;
        this.conversations = conversations;
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
        return switch (in.kind()) {
            case COMMAND -> command(in);
            case CALLBACK -> press(in);
            case TEXT -> conversations.find(in.chatId()).isPresent()
                    ? Reply.text(in, texts.t("conversation.use_buttons"))
                    : Reply.text(in, texts.t("text.not_understood"));
            case DOCUMENT, PHOTO -> Reply.text(in, texts.t("file.not_expected"));
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

    private List<Outgoing> command(Incoming in) {
        return switch (in.command()) {
            case "start" -> menu.start(in);
            case "help" -> menu.help(in);
            case "vaitro" -> rolePicker.open(in);
            case "huy" -> conversations.end(in.chatId())
                    ? Reply.text(in, texts.t("cancel.done"))
                    : Reply.text(in, texts.t("cancel.nothing"));
            default -> Reply.text(in, texts.t("command.unknown", "/" + in.command()));
        };
    }

    private List<Outgoing> press(Incoming in) {
        String data = in.callbackData() == null ? "" : in.callbackData();
        String[] parts = data.split(":", 3);
        if (data.equals(RolePicker.OPEN)) {
            return rolePicker.open(in);
        }
        if (parts.length == 2 && parts[0].equals(MainMenu.PREFIX)) {
            return menu.press(in, parts[1]);
        }
        if (parts.length == 3 && parts[0].equals(RolePicker.PREFIX)) {
            return rolePicker.press(in, parts[1], parts[2]);
        }
        log.warn("Unrecognised button data from user {}: {}", in.userId(), data.length() > 64 ? data.substring(0, 64) : data);
        return Reply.answer(in, texts.t("button.stale"), false);
    }
}

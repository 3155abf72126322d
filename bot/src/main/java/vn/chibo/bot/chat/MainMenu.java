package vn.chibo.bot.chat;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * /start, /help and the main menu, shaped by who is asking. The menu's own buttons are stateless
 * ({@code m:<item>}): pressing one twice edits the message to the same content, which is harmless.
 */
@Component
class MainMenu {

    static final String PREFIX = "m";

    private final Texts texts;
    private final RoleAssignments roles;
    private final RoleLabels labels;

    MainMenu(Texts texts, RoleAssignments roles, RoleLabels labels) {
        this.texts = texts;
        this.roles = roles;
        this.labels = labels;
    }

    List<Outgoing> start(Incoming in, Actor actor) {
        return Reply.text(in, greeting(in, actor), keyboard(actor));
    }

    List<Outgoing> help(Incoming in, Actor actor) {
        return Reply.text(in, helpText(actor));
    }

    /** A press on a menu button ({@code m:home}, {@code m:help}). */
    List<Outgoing> press(Incoming in, Actor actor, String item) {
        return switch (item) {
            case "help" -> Reply.editAndAnswer(in, helpText(actor), List.of(List.of(back())), null);
            case "home" -> Reply.editAndAnswer(in, greeting(in, actor), keyboard(actor), null);
            default -> Reply.answer(in, texts.t("button.stale"), false);
        };
    }

    private String greeting(Incoming in, Actor actor) {
        RoleAssignment acting = actor.acting();
        if (acting != null) {
            return texts.t("start.greeting", acting.personName(), labels.of(acting));
        }
        if (actor.admin()) {
            return texts.t("start.admin", in.userName());
        }
        return texts.t("start.no_role", in.userName(), Long.toString(in.userId()));
    }

    private String helpText(Actor actor) {
        if (!actor.hasRole()) {
            return texts.t("help.no_role");
        }
        String text = texts.t("help.with_role");
        if (actor.acting() != null && actor.acting().role().actsForCell()) {
            text = text + "\n\n" + texts.t("help.secretary");
        }
        return actor.canManage() ? text + "\n\n" + texts.t("help.office") : text;
    }

    private List<List<Button>> keyboard(Actor actor) {
        List<List<Button>> rows = new ArrayList<>();
        if (actor.acting() != null && actor.acting().role().actsForCell()) {
            rows.add(List.of(Button.callback(texts.t("menu.meeting"), CallbackData.of("o", "meeting")),
                    Button.callback(texts.t("menu.history"), CallbackData.of("h", "list"))));
        }
        if (actor.hasRole()) {
            rows.add(List.of(Button.callback(texts.t("menu.members"), CallbackData.of("o", "members"))));
        }
        if (actor.canManage()) {
            rows.add(List.of(Button.callback(texts.t("menu.manage"), CallbackData.of(PREFIX, "manage")),
                    Button.callback(texts.t("menu.audit"), CallbackData.of("a", 0))));
        }
        if (roles.heldBy(actor.telegramUserId()).size() > 1) {
            rows.add(List.of(Button.callback(texts.t("menu.switch_role"), CallbackData.of(RolePicker.OPEN))));
        }
        rows.add(List.of(Button.callback(texts.t("menu.help"), CallbackData.of(PREFIX, "help"))));
        return rows;
    }

    private Button back() {
        return Button.callback(texts.t("menu.back"), CallbackData.of(PREFIX, "home"));
    }
}

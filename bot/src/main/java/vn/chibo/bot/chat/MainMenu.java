package vn.chibo.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * /start, /help and the main menu. The menu's buttons are stateless ({@code m:<item>}): pressing one
 * twice edits the message to the same content, which is harmless.
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

    List<Outgoing> start(Incoming in) {
        if (!in.commandArgs().isEmpty()) {
            return Reply.text(in, texts.t("start.invite_invalid"));
        }
        return Reply.text(in, greeting(in), keyboard(in.userId()));
    }

    List<Outgoing> help(Incoming in) {
        return Reply.text(in, helpText(in.userId()));
    }

    /** A press on a menu button ({@code m:home}, {@code m:help}). */
    List<Outgoing> press(Incoming in, String item) {
        return switch (item) {
            case "help" -> Reply.editAndAnswer(in, helpText(in.userId()), List.of(List.of(back())), null);
            case "home" -> Reply.editAndAnswer(in, greeting(in), keyboard(in.userId()), null);
            default -> Reply.answer(in, texts.t("button.stale"), false);
        };
    }

    private String greeting(Incoming in) {
        Optional<RoleAssignment> acting = roles.actingRole(in.userId());
        if (acting.isEmpty()) {
            return texts.t("start.no_role", in.userName(), Long.toString(in.userId()));
        }
        return texts.t("start.greeting", acting.get().personName(), labels.of(acting.get()));
    }

    private String helpText(long userId) {
        boolean hasRole = !roles.heldBy(userId).isEmpty();
        return hasRole ? texts.t("help.with_role") : texts.t("help.no_role");
    }

    private List<List<Button>> keyboard(long userId) {
        List<RoleAssignment> held = roles.heldBy(userId);
        List<List<Button>> rows = new ArrayList<>();
        if (held.size() > 1) {
            rows.add(List.of(Button.callback(texts.t("menu.switch_role"), CallbackData.of(RolePicker.OPEN))));
        }
        rows.add(List.of(Button.callback(texts.t("menu.help"), CallbackData.of(PREFIX, "help"))));
        return rows;
    }

    private Button back() {
        return Button.callback(texts.t("menu.back"), CallbackData.of(PREFIX, "home"));
    }
}

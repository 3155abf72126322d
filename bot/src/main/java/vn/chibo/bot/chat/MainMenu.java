package vn.chibo.bot.chat;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
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
    private final Preferences preferences;

    MainMenu(Texts texts, RoleAssignments roles, RoleLabels labels, Preferences preferences) {
        this.texts = texts;
        this.roles = roles;
        this.labels = labels;
        this.preferences = preferences;
    }

    List<Outgoing> start(Incoming in, Actor actor) {
        return Reply.text(in, greeting(in, actor), keyboard(actor));
    }

    List<Outgoing> help(Incoming in, Actor actor) {
        return Reply.text(in, helpText(actor));
    }

    /** /caidat: the person's own settings. */
    List<Outgoing> settings(Incoming in) {
        return Reply.text(in, settingsText(in.userId()), settingsKeyboard(in.userId()));
    }

    /**
     * A press on a menu button ({@code m:home}, {@code m:help}, {@code m:settings}). The settings buttons name the
     * value they set ({@code m:tidy1}, {@code m:tidy0}), so a double press or an old settings message is harmless.
     */
    List<Outgoing> press(Incoming in, Actor actor, String item) {
        return switch (item) {
            case "help" -> Reply.editAndAnswer(in, helpText(actor), List.of(List.of(back())), null);
            case "home" -> Reply.editAndAnswer(in, greeting(in, actor), keyboard(actor), null);
            case "settings" -> Reply.editAndAnswer(in, settingsText(in.userId()), settingsKeyboard(in.userId()), null);
            case "tidy1", "tidy0" -> {
                preferences.setTidyAfterSave(in.userId(), item.equals("tidy1"));
                String toast =
                        item.equals("tidy1") ? texts.t("settings.tidy.on_toast") : texts.t("settings.tidy.off_toast");
                yield Reply.editAndAnswer(in, settingsText(in.userId()), settingsKeyboard(in.userId()), toast);
            }
            default -> Reply.answer(in, texts.t("button.stale"), false);
        };
    }

    private String settingsText(long userId) {
        return texts.t(
                "settings.text",
                preferences.tidiesAfterSave(userId) ? texts.t("settings.tidy.on") : texts.t("settings.tidy.off"));
    }

    private List<List<Button>> settingsKeyboard(long userId) {
        boolean tidy = preferences.tidiesAfterSave(userId);
        Button toggle = tidy
                ? Button.callback(texts.t("settings.tidy.turn_off"), CallbackData.of(PREFIX, "tidy0"))
                : Button.callback(texts.t("settings.tidy.turn_on"), CallbackData.of(PREFIX, "tidy1"));
        return List.of(List.of(toggle), List.of(back()));
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
            rows.add(List.of(
                    Button.callback(texts.t("menu.meeting"), CallbackData.of("o", "meeting")),
                    Button.callback(texts.t("menu.history"), CallbackData.of("h", "list"))));
            rows.add(List.of(Button.callback(texts.t("menu.schedule"), CallbackData.of("o", "schedule"))));
        }
        boolean records = actor.admin()
                || actor.acting() != null
                        && (actor.acting().role().actsForCell()
                                || actor.acting().role() == Role.OFFICE);
        if (records) {
            rows.add(List.of(
                    Button.callback(texts.t("menu.award"), CallbackData.of("o", "award")),
                    Button.callback(texts.t("menu.awards"), CallbackData.of(PREFIX, "awards"))));
        } else if (actor.hasRole()) {
            rows.add(List.of(Button.callback(texts.t("menu.awards"), CallbackData.of(PREFIX, "awards"))));
        }
        if (actor.hasRole()) {
            rows.add(List.of(Button.callback(texts.t("menu.status"), CallbackData.of(PREFIX, "status"))));
        }
        if (actor.admin()
                || actor.acting() != null
                        && (actor.acting().role() == Role.LEADER
                                || actor.acting().role() == Role.OFFICE)) {
            rows.add(List.of(
                    Button.callback(texts.t("menu.not_met"), CallbackData.of(PREFIX, "notmet")),
                    Button.callback(texts.t("menu.overdue"), CallbackData.of(PREFIX, "overdue"))));
        }
        if (actor.hasRole()) {
            rows.add(List.of(
                    Button.callback(texts.t("menu.members"), CallbackData.of("o", "members")),
                    Button.callback(texts.t("menu.badges"), CallbackData.of(PREFIX, "badges"))));
        }
        if (actor.acting() != null && actor.acting().role() == Role.OFFICE) {
            rows.add(List.of(Button.callback(texts.t("menu.deadline"), CallbackData.of("o", "deadline"))));
        }
        if (actor.canManage()) {
            rows.add(List.of(
                    Button.callback(texts.t("menu.manage"), CallbackData.of(PREFIX, "manage")),
                    Button.callback(texts.t("menu.audit"), CallbackData.of("a", 0))));
        }
        if (roles.heldBy(actor.telegramUserId()).size() > 1) {
            rows.add(List.of(Button.callback(texts.t("menu.switch_role"), CallbackData.of(RolePicker.OPEN))));
        }
        rows.add(List.of(
                Button.callback(texts.t("menu.settings"), CallbackData.of(PREFIX, "settings")),
                Button.callback(texts.t("menu.help"), CallbackData.of(PREFIX, "help"))));
        return rows;
    }

    private Button back() {
        return Button.callback(texts.t("menu.back"), CallbackData.of(PREFIX, "home"));
    }
}

package vn.chibo.bot.chat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * /start, /help and the main menu, shaped by who is asking: the items the features registered that the person may
 * use. The menu's buttons are stateless ({@code m:<item>}): pressing one twice edits the message to the same content,
 * which is harmless; what an item opens checks the person's rights itself, as the command does.
 */
@Component
class MainMenu {

    static final String PREFIX = "m";

    private final Texts texts;
    private final RoleLabels labels;
    private final Preferences preferences;
    private final Routes routes;

    MainMenu(Texts texts, RoleLabels labels, Preferences preferences, Routes routes) {
        this.texts = texts;
        this.labels = labels;
        this.preferences = preferences;
        this.routes = routes;
    }

    List<Outgoing> start(Incoming in, Actor actor) {
        return Reply.text(in, greeting(in, actor), keyboard(actor));
    }

    /** {@code said} with the main menu under it, so that the person is never left without a way on (after /huy). */
    List<Outgoing> withMenu(Incoming in, Actor actor, String said) {
        return Reply.text(in, said, keyboard(actor));
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
            default ->
                routes.menu().stream()
                        .filter(entry -> entry.name().equals(item))
                        .findFirst()
                        .map(entry -> entry.open().handle(in, actor))
                        .orElseGet(() -> Reply.answer(in, texts.t("button.stale"), false));
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
        if (actor.isMember()) {
            return texts.t("member.start", actor.member().fullName());
        }
        return texts.t("start.no_role", in.userName(), Long.toString(in.userId()));
    }

    private String helpText(Actor actor) {
        if (!actor.hasRole()) {
            return actor.isMember() ? texts.t("help.member") : texts.t("help.no_role");
        }
        String text = texts.t("help.with_role");
        if (actor.actsForCell()) {
            text = text + "\n\n" + texts.t("help.secretary");
        }
        return actor.canManage() ? text + "\n\n" + texts.t("help.office") : text;
    }

    /** The items the features registered that this person may use, row by row, then the menu's own. */
    private List<List<Button>> keyboard(Actor actor) {
        Map<Integer, List<MenuItem>> byRow = new TreeMap<>();
        routes.menu().stream()
                .filter(item -> item.shownTo().test(actor))
                .sorted(Comparator.comparingInt(MenuItem::column))
                .forEach(item -> byRow.computeIfAbsent(item.row(), r -> new ArrayList<>())
                        .add(item));
        List<List<Button>> rows = new ArrayList<>();
        byRow.values()
                .forEach(items -> rows.add(items.stream()
                        .map(item -> Button.callback(texts.t(item.label()), CallbackData.of(PREFIX, item.name())))
                        .toList()));
        rows.add(List.of(
                Button.callback(texts.t("menu.settings"), CallbackData.of(PREFIX, "settings")),
                Button.callback(texts.t("menu.help"), CallbackData.of(PREFIX, "help"))));
        return rows;
    }

    private Button back() {
        return Button.callback(texts.t("menu.back"), CallbackData.of(PREFIX, "home"));
    }
}

package vn.chibo.bot.reminder;

import java.util.List;
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
import vn.chibo.content.access.Role;
import vn.chibo.scheduler.delivery.Outgoing;
import vn.chibo.scheduler.reminder.RemindDue;

/**
 * Reminders in the chat: /lichhop and /hanbaocao, the buttons on reminders ({@code n:<id>:<action>}), and the report
 * file a "submitted" press waits for.
 */
@Component
class ReminderRoutes implements ChatFeature {

    private final Forms forms;
    private final ReminderButtons buttons;
    private final Texts texts;

    ReminderRoutes(Forms forms, ReminderButtons buttons, Texts texts) {
        this.forms = forms;
        this.buttons = buttons;
        this.texts = texts;
    }

    @Override
    public void register(Routes routes) {
        routes.command("lichhop", (in, actor) -> forms.open("schedule", in, actor))
                .command("hanbaocao", (in, actor) -> forms.open("deadline", in, actor))
                .button(RemindDue.PREFIX, this::press)
                .menu(new MenuItem(
                        "schedule",
                        2,
                        0,
                        "menu.schedule",
                        Actor::actsForCell,
                        (in, actor) -> forms.open("schedule", in, actor)))
                .menu(new MenuItem(
                        "deadline",
                        7,
                        0,
                        "menu.deadline",
                        ReminderRoutes::office,
                        (in, actor) -> forms.open("deadline", in, actor)));
    }

    static boolean office(Actor actor) {
        return actor.acting() != null && actor.acting().role() == Role.OFFICE;
    }

    private List<Outgoing> press(Incoming in, Actor actor, ButtonData data) {
        return data.size() >= 2
                ? buttons.press(in, actor, data.field(0), data.from(1))
                : Reply.answer(in, texts.t("button.stale"), false);
    }
}

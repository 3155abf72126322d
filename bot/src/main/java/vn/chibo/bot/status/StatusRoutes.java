package vn.chibo.bot.status;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.ButtonData;
import vn.chibo.bot.chat.ChatFeature;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.MenuItem;
import vn.chibo.bot.chat.Reply;
import vn.chibo.bot.chat.Routes;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.scheduler.delivery.Outgoing;

/** Status for leaders in the chat: /tinhhinh and its drill-down buttons, /chuahop, /quahan. */
@Component
class StatusRoutes implements ChatFeature {

    private final StatusView status;
    private final Texts texts;

    StatusRoutes(StatusView status, Texts texts) {
        this.status = status;
        this.texts = texts;
    }

    @Override
    public void register(Routes routes) {
        routes.command("tinhhinh", status::open)
                .command("chuahop", status::notMet)
                .command("quahan", status::overdue)
                .button(StatusView.PREFIX, this::press)
                .menu(new MenuItem("status", 4, 0, "menu.status", Actor::hasRole, status::open))
                .menu(new MenuItem("notmet", 5, 0, "menu.not_met", Actor::followsCells, status::notMet))
                .menu(new MenuItem("overdue", 5, 1, "menu.overdue", Actor::followsCells, status::overdue));
    }

    private List<Outgoing> press(Incoming in, Actor actor, ButtonData data) {
        return data.size() >= 2
                ? status.press(in, actor, data.raw())
                : Reply.answer(in, texts.t("button.stale"), false);
    }
}

package vn.chibo.bot.plan;

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

/** Annual plans in the chat: /kehoach, its menu entry, and its buttons {@code kh:n:<plan>} and {@code kh:r:<plan>}. */
@Component
class PlanRoutes implements ChatFeature {

    /** Plan buttons carry {@code kh:<action>:<plan id>} ("kế hoạch"). */
    static final String PREFIX = "kh";

    private final PlanView view;
    private final Texts texts;

    PlanRoutes(PlanView view, Texts texts) {
        this.view = view;
        this.texts = texts;
    }

    @Override
    public void register(Routes routes) {
        routes.command("kehoach", view::open)
                .button(PREFIX, this::press)
                .menu(new MenuItem("plan", 7, 1, "menu.plan", Actor::hasRole, view::open));
    }

    private List<Outgoing> press(Incoming in, Actor actor, ButtonData data) {
        if (data.size() != 2 || !data.field(1).matches("\\d{1,18}")) {
            return Reply.answer(in, texts.t("button.stale"), false);
        }
        long plan = Long.parseLong(data.field(1));
        return switch (data.field(0)) {
            case "n" -> view.nudge(in, actor, plan);
            case "r" -> view.register(in, actor, plan);
            default -> Reply.answer(in, texts.t("button.stale"), false);
        };
    }
}

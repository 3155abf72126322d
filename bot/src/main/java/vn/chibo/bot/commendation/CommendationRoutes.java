package vn.chibo.bot.commendation;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.ChatFeature;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.MenuItem;
import vn.chibo.bot.chat.Routes;
import vn.chibo.bot.chat.form.Flows;
import vn.chibo.bot.chat.form.Forms;
import vn.chibo.content.access.Actor;
import vn.chibo.scheduler.delivery.Outgoing;

/** Commendations in the chat: /khenthuong to record, /khenthuong_ds to browse and export, /huyhieu. */
@Component
class CommendationRoutes implements ChatFeature {

    private final Forms forms;
    private final Flows flows;
    private final CommendationList list;
    private final BadgeCalendarView badges;

    CommendationRoutes(Forms forms, Flows flows, CommendationList list, BadgeCalendarView badges) {
        this.forms = forms;
        this.flows = flows;
        this.list = list;
        this.badges = badges;
    }

    @Override
    public void register(Routes routes) {
        routes.command("khenthuong", (in, actor) -> forms.open("award", in, actor))
                .command("khenthuong_ds", this::browse)
                .command("huyhieu", badges::show)
                .menu(new MenuItem(
                        "award",
                        3,
                        0,
                        "menu.award",
                        Actor::recordsCommendations,
                        (in, actor) -> forms.open("award", in, actor)))
                .menu(new MenuItem("awards", 3, 1, "menu.awards", a -> a.admin() || a.hasRole(), this::browse))
                .menu(new MenuItem("badges", 6, 1, "menu.badges", Actor::hasRole, badges::show));
    }

    /** The list as a new message: a menu pressed stays the menu. */
    private List<Outgoing> browse(Incoming in, Actor actor) {
        return flows.begin(list, list.thisYear(), in, actor, false);
    }
}

package vn.chibo.bot.report;

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

/** Reports in the chat: /baocao and its period buttons (also offered on the status view). */
@Component
class ReportRoutes implements ChatFeature {

    private final ReportView reports;
    private final Texts texts;

    ReportRoutes(ReportView reports, Texts texts) {
        this.reports = reports;
        this.texts = texts;
    }

    @Override
    public void register(Routes routes) {
        routes.command("baocao", reports::open)
                .button(ReportView.PREFIX, this::press)
                .menu(new MenuItem("report", 4, 1, "menu.report", Actor::followsCells, reports::open));
    }

    private List<Outgoing> press(Incoming in, Actor actor, ButtonData data) {
        return data.size() == 2
                ? reports.press(in, actor, data.field(0), data.field(1))
                : Reply.answer(in, texts.t("button.stale"), false);
    }
}

package vn.chibo.bot.ask;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.ButtonData;
import vn.chibo.bot.chat.ChatFeature;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.Routes;
import vn.chibo.content.access.Actor;
import vn.chibo.scheduler.delivery.Outgoing;

/** Questions: text typed outside a conversation, {@code /hoi <câu hỏi>}, and the buttons under answers. */
@Component
class AskRoutes implements ChatFeature {

    private final AskView view;

    AskRoutes(AskView view) {
        this.view = view;
    }

    @Override
    public void register(Routes routes) {
        routes.freeText((in, actor) -> view.ask(in, actor, in.text()))
                .command("hoi", (in, actor) -> view.ask(in, actor, in.commandArgs()))
                .button(AskView.PREFIX, this::press);
    }

    private List<Outgoing> press(Incoming in, Actor actor, ButtonData data) {
        return view.press(in, actor, data);
    }
}

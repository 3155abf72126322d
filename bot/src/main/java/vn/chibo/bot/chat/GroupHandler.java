package vn.chibo.bot.chat;

import java.util.List;
import vn.chibo.content.access.Actor;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * What chibo does in a group: the bot joining or leaving, the commands it hears there (privacy mode), the presses on
 * its buttons there. Everything else a person does happens in their private chat.
 */
public interface GroupHandler {

    List<Outgoing> handle(Incoming in, Actor actor);
}

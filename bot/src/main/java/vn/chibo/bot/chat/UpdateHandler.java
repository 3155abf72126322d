package vn.chibo.bot.chat;

import java.util.List;
import vn.chibo.scheduler.delivery.Outgoing;

/** Turns what a person did into the replies to send, changing state on the way; runs inside the update's transaction. */
public interface UpdateHandler {

    List<Outgoing> handle(Incoming incoming);

    /** What the person is told when handling failed for good: never a stack trace. */
    List<Outgoing> apologise(Incoming incoming);
}

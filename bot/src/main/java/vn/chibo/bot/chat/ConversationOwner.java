package vn.chibo.bot.chat;

import java.util.List;
import java.util.Optional;
import vn.chibo.content.access.Actor;
import vn.chibo.scheduler.delivery.Outgoing;

/** A flow that keeps a stored conversation: it answers what is typed, photographed or sent as a file while it lasts. */
public interface ConversationOwner {

    boolean owns(Conversation conversation);

    /** Typed text; empty when this conversation takes no text (the router then says to use the buttons). */
    Optional<List<Outgoing>> text(Conversation conversation, Incoming in, Actor actor);

    /** A photo; empty when this conversation takes none. */
    default Optional<List<Outgoing>> photo(Conversation conversation, Incoming in, Actor actor) {
        return Optional.empty();
    }

    /** A file; empty when this conversation takes none (the router then offers it to the document handlers). */
    default Optional<List<Outgoing>> document(Conversation conversation, Incoming in, Actor actor) {
        return Optional.empty();
    }
}

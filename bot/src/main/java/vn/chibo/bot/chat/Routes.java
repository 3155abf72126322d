package vn.chibo.bot.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import vn.chibo.content.access.Actor;
import vn.chibo.scheduler.delivery.Outgoing;

/** What the features registered, collected once at start-up; a name or prefix registered twice is a wiring error. */
public final class Routes {

    /** Answers something a person did; runs in the update's transaction. */
    @FunctionalInterface
    public interface Handler {
        List<Outgoing> handle(Incoming in, Actor actor);
    }

    /** Answers a button press whose data starts with the registered prefix. */
    @FunctionalInterface
    public interface Press {
        List<Outgoing> press(Incoming in, Actor actor, ButtonData data);
    }

    private final Map<String, Handler> commands = new LinkedHashMap<>();
    private final Map<String, Press> buttons = new LinkedHashMap<>();
    private final List<ConversationOwner> owners = new ArrayList<>();
    private final List<MenuItem> menu = new ArrayList<>();
    private final List<DocumentRoute> documents = new ArrayList<>();
    private Handler startLink;
    private Handler freeText;

    /** A file handler and the files it takes. */
    record DocumentRoute(BiPredicate<Incoming, Actor> accepts, Handler handler) {}

    Routes(List<ChatFeature> features) {
        features.forEach(feature -> feature.register(this));
    }

    public Routes command(String name, Handler handler) {
        if (commands.putIfAbsent(name, handler) != null) {
            throw new IllegalStateException("Command /" + name + " is registered twice");
        }
        return this;
    }

    public Routes button(String prefix, Press press) {
        if (prefix.contains(":") || buttons.putIfAbsent(prefix, press) != null) {
            throw new IllegalStateException("Button prefix " + prefix + " is registered twice or holds ':'");
        }
        return this;
    }

    public Routes conversations(ConversationOwner owner) {
        owners.add(owner);
        return this;
    }

    public Routes menu(MenuItem item) {
        if (menu.stream().anyMatch(m -> m.name().equals(item.name()))) {
            throw new IllegalStateException("Menu item " + item.name() + " is registered twice");
        }
        menu.add(item);
        return this;
    }

    /**
     * Takes the files {@code accepts} (given the file and who sent it) sent outside any conversation that expects one:
     * a roster to import, a cell's dues book.
     */
    public Routes documents(BiPredicate<Incoming, Actor> accepts, Handler handler) {
        documents.add(new DocumentRoute(accepts, handler));
        return this;
    }

    /** Answers {@code /start <payload>}, Telegram's deep link (an invitation); a bare /start opens the menu. */
    public Routes startLink(Handler handler) {
        if (startLink != null) {
            throw new IllegalStateException("The /start link is registered twice");
        }
        startLink = handler;
        return this;
    }

    Optional<Handler> command(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    Optional<Press> button(String prefix) {
        return Optional.ofNullable(buttons.get(prefix));
    }

    Optional<ConversationOwner> ownerOf(Conversation conversation) {
        return owners.stream().filter(o -> o.owns(conversation)).findFirst();
    }

    List<MenuItem> menu() {
        return List.copyOf(menu);
    }

    Optional<Handler> documentHandler(Incoming in, Actor actor) {
        return documents.stream()
                .filter(d -> d.accepts().test(in, actor))
                .map(DocumentRoute::handler)
                .findFirst();
    }

    /** What answers text typed outside any conversation (a question); at most one feature registers it. */
    public Routes freeText(Handler handler) {
        if (freeText != null) {
            throw new IllegalStateException("Free text is answered by one feature only");
        }
        freeText = handler;
        return this;
    }

    Optional<Handler> freeText() {
        return Optional.ofNullable(freeText);
    }

    Optional<Handler> startLink() {
        return Optional.ofNullable(startLink);
    }
}

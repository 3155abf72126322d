package vn.chibo.localapi;

import java.util.List;

/**
 * A Telegram group as its members see it: someone adds the bot or removes it, and everyone reads what is posted.
 * The bot is in privacy mode: it hears only commands in the group ({@link Person#sendsIn}).
 */
public final class Group {

    private final LocalTelegram telegram;
    private final long id;
    private final String title;

    Group(LocalTelegram telegram, long id, String title) {
        this.telegram = telegram;
        this.id = id;
        this.title = title;
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** {@code person} adds the bot to the group. */
    public void addsTheBot(Person person) {
        telegram.groupMembership(id, person.id(), true);
    }

    /** {@code person} removes the bot from the group. */
    public void removesTheBot(Person person) {
        telegram.groupMembership(id, person.id(), false);
    }

    /** Everything in the group, oldest first. */
    public List<ChatMessage> messages() {
        return telegram.messages(id);
    }

    public List<ChatMessage> fromBot() {
        return messages().stream().filter(ChatMessage::fromBot).toList();
    }
}

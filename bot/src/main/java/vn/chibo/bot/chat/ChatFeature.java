package vn.chibo.bot.chat;

/**
 * A feature's part in the chat. Each feature registers what it answers (commands, the prefix of its buttons' data,
 * the conversations it owns, its entries in the main menu); the router takes every registration and knows no
 * feature by name.
 */
public interface ChatFeature {

    void register(Routes routes);
}

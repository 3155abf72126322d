package vn.chibo.bot.chat;

import java.util.function.Predicate;
import vn.chibo.content.access.Actor;

/**
 * One button of the main menu, registered by the feature it opens. Items sharing a {@code row} stand side by side,
 * ordered by {@code column}; {@code label} is a message key; pressing it runs {@code open}.
 */
public record MenuItem(String name, int row, int column, String label, Predicate<Actor> shownTo, Routes.Handler open) {}

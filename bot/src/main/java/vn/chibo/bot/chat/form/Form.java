package vn.chibo.bot.chat.form;

import java.util.List;
import vn.chibo.content.access.Actor;

/**
 * A form: its questions in order, the summary to confirm, and what saving does. Saving runs in the
 * update's transaction and must re-check what it relies on (scope, existence): the world may have
 * changed since a question was answered.
 */
public interface Form {

    /** Stored as the conversation's flow; short, stable. */
    String name();

    /** Who may start and continue it. */
    boolean allows(Actor actor);

    List<Question> questions();

    /** The summary card; null to save as soon as the last answer is in (a read-only form). */
    String summary(Answers answers, Actor actor);

    /** Questions the summary card offers to change, by key, with their button labels; none by default. */
    default List<Option> editable(Answers answers) {
        return List.of();
    }

    /** Answers that must be given again when {@code key} is changed from the summary (they depended on it). */
    default List<String> dependents(String key) {
        return List.of();
    }

    /** Whether saving may delete the conversation's intermediate messages, for people who chose that in /caidat. */
    default boolean tidiesAfterSave() {
        return false;
    }

    /** Saves, and says what happened (or why it could not). {@code chatId} addresses anything more to send. */
    Saved save(Answers answers, Actor actor, long chatId);
}

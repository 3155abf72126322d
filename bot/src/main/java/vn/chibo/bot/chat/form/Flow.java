package vn.chibo.bot.chat.form;

import java.util.List;
import vn.chibo.content.access.Actor;

/**
 * A conversation of screens rather than questions: a list to page through and filter, a file awaited. Its state
 * {@code S} is a plain object the runner ({@link Flows}) keeps as JSON in the conversation; each step reads the state,
 * the input and the person and returns a {@link Turn}, leaving the conversation and the chat to the runner. Buttons carry only the conversation's
 * version and an {@link Action}, as a form's do, so a stale or doubled press changes nothing and a button cannot name
 * data of another scope.
 */
public interface Flow<S> {

    /** Stored as the conversation's flow; short, stable, different from every form's name. */
    String name();

    Class<S> stateType();

    /** The steps its screens stand for, as its diagram names them; stored as the conversation's step. */
    List<String> steps();

    /** Who may start and continue it; checked on every step against the person's roles as they are now. */
    boolean allows(Actor actor);

    /** The first turn, from the state the caller began with. */
    Turn<S> opened(S state, Actor actor);

    /** What a press on one of the flow's buttons does to {@code state} (which the step may change). */
    Turn<S> pressed(S state, Action action, int index, Actor actor);

    /** What typed text does; by default, nothing but a reminder to use the buttons. */
    default Turn<S> typed(S state, String text, Actor actor) {
        return new Turn.UseButtons<>();
    }

    /** What a file sent does; by default the flow takes none (the router offers it elsewhere). */
    default Turn<S> file(S state, String fileId, String fileName, Actor actor) {
        return new Turn.NotTaken<>();
    }
}

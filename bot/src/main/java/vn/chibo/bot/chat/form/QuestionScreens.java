package vn.chibo.bot.chat.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.chibo.bot.chat.form.Screen.Key;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.roster.Fold;

/**
 * How each kind of question, and the summary card, looks on screen: its text, its options a page at a time, and the
 * controls (Xong, Bỏ qua, Quay lại, Hủy) that fit where the form stands. Records on the state the options shown, which
 * a press's index points into.
 */
final class QuestionScreens {

    static final int PAGE = 8;
    static final int TOGGLE_PAGE = 12;

    private final Texts texts;

    QuestionScreens(Texts texts) {
        this.texts = texts;
    }

    /**
     * Asks a typed, toggle or photo question; {@code problem} (may be null) says what was wrong with the last answer.
     * {@code sameButtons}: a toggle was switched, and the buttons on screen stay valid.
     */
    Step ask(FormState state, Question question, Actor actor, String problem, boolean sameButtons) {
        List<List<Key>> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        if (problem != null) {
            text.append(problem).append("\n\n");
        }
        boolean skippable = false;
        boolean finish = false;
        if (question instanceof Question.Type type) {
            text.append(type.prompt().apply(state.answers()));
            List<Option> quick = type.quick().apply(state.answers(), actor);
            state.shown = shown(quick);
            String collected = state.values.getOrDefault(type.key(), "");
            if (type.multiple() && !collected.isEmpty()) {
                int parts = collected.split("\n").length;
                text.append("\n\n").append(texts.t("form.collected", Integer.toString(parts)));
                finish = true;
            }
            skippable = type.optional();
            for (int i = 0; i < quick.size(); i++) {
                rows.add(List.of(new Key(quick.get(i).label(), Action.QUICK, i)));
            }
        } else if (question instanceof Question.Toggle toggle) {
            text.append(toggle.prompt().apply(state.answers()));
            List<Option> all = toggle.options().apply(state.answers(), actor);
            int pages = Math.max(1, (all.size() + TOGGLE_PAGE - 1) / TOGGLE_PAGE);
            state.page = Math.min(state.page, pages - 1);
            List<Option> onPage =
                    all.subList(state.page * TOGGLE_PAGE, Math.min(all.size(), (state.page + 1) * TOGGLE_PAGE));
            state.shown = shown(onPage);
            Set<String> on = FormStep.selected(state, toggle.key());
            for (int i = 0; i < onPage.size(); i++) {
                String mark = on.contains(onPage.get(i).value()) ? "☑ " : "☐ ";
                rows.add(List.of(new Key(mark + onPage.get(i).label(), Action.TOGGLE, i)));
            }
            paging(rows, state.page, pages);
            finish = true;
        } else {
            Question.Photos photos = (Question.Photos) question;
            text.append(photos.prompt().apply(state.answers()));
            String ids = state.values.getOrDefault(photos.key(), "");
            if (!ids.isEmpty()) {
                String count = Integer.toString(ids.split(",").length);
                text.append("\n\n")
                        .append(
                                photos.documents()
                                        ? texts.t("form.files_received", count)
                                        : texts.t("form.photos_received", count));
                finish = true;
            } else {
                skippable = true;
            }
        }
        List<Key> controls = new ArrayList<>();
        if (finish) {
            controls.add(Key.of(texts.t("form.done"), Action.DONE));
        }
        if (skippable) {
            controls.add(Key.of(texts.t("form.skip"), Action.SKIP));
        }
        controls.addAll(backAndCancel(state));
        rows.add(controls);
        return new Step.Show(state, new Screen(text.toString(), rows), sameButtons);
    }

    Step summary(Form form, FormState state, Actor actor) {
        state.editing = false;
        String summary = form.summary(state.answers(), actor);
        if (summary == null) {
            return new Step.Save(state);
        }
        List<Option> editable = form.editable(state.answers());
        state.shown = shown(editable);
        List<List<Key>> rows = new ArrayList<>();
        rows.add(List.of(Key.of(texts.t("form.save"), Action.SAVE)));
        for (int i = 0; i < editable.size(); i += 2) {
            List<Key> row = new ArrayList<>();
            row.add(new Key(editable.get(i).label(), Action.EDIT, i));
            if (i + 1 < editable.size()) {
                row.add(new Key(editable.get(i + 1).label(), Action.EDIT, i + 1));
            }
            rows.add(row);
        }
        rows.add(List.of(Key.of(texts.t("menu.back"), Action.BACK), Key.of(texts.t("button.cancel"), Action.CANCEL)));
        return new Step.Show(state, new Screen(summary, rows), false);
    }

    Step choice(FormState state, Question.Choose choose, List<Option> all) {
        String needle = Fold.of(state.filter);
        List<Option> matching = needle.isEmpty()
                ? all
                : all.stream().filter(o -> Fold.of(o.label()).contains(needle)).toList();
        int pages = Math.max(1, (matching.size() + PAGE - 1) / PAGE);
        state.page = Math.min(state.page, pages - 1);
        List<Option> onPage = matching.subList(state.page * PAGE, Math.min(matching.size(), (state.page + 1) * PAGE));
        state.shown = shown(onPage);
        List<List<Key>> rows = new ArrayList<>();
        for (int i = 0; i < onPage.size(); i++) {
            rows.add(List.of(new Key(onPage.get(i).label(), Action.CHOOSE, i)));
        }
        paging(rows, state.page, pages);
        rows.add(backAndCancel(state));
        StringBuilder text = new StringBuilder(choose.prompt().apply(state.answers()));
        if (!needle.isEmpty()) {
            text.append("\n\n")
                    .append(
                            matching.isEmpty()
                                    ? texts.t("form.no_match", state.filter)
                                    : texts.t("form.matches", state.filter, Integer.toString(matching.size())));
        } else if (all.size() > PAGE) {
            text.append("\n\n").append(texts.t("form.type_to_search", Integer.toString(all.size())));
        }
        return new Step.Show(state, new Screen(text.toString(), rows), false);
    }

    private void paging(List<List<Key>> rows, int page, int pages) {
        List<Key> paging = new ArrayList<>();
        if (page > 0) {
            paging.add(new Key(texts.t("form.previous_page"), Action.PAGE, page - 1));
        }
        if (page < pages - 1) {
            paging.add(new Key(texts.t("form.next_page"), Action.PAGE, page + 1));
        }
        if (!paging.isEmpty()) {
            rows.add(paging);
        }
    }

    private List<Key> backAndCancel(FormState state) {
        List<Key> row = new ArrayList<>();
        if (!state.asked.isEmpty()) {
            row.add(Key.of(texts.t("menu.back"), Action.BACK));
        }
        row.add(Key.of(texts.t("button.cancel"), Action.CANCEL));
        return row;
    }

    private static List<List<String>> shown(List<Option> options) {
        return options.stream().map(o -> List.of(o.label(), o.value())).toList();
    }
}

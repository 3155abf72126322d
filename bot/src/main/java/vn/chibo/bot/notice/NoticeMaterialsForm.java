package vn.chibo.bot.notice;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Form;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.notice.MeetingNotice;

/**
 * Documents for a notice that went out without them ("📎 Gửi tài liệu" under chibo's reminder a day or two before the
 * meeting): collected, then sent to every member who joined.
 */
@Component
class NoticeMaterialsForm implements Form {

    // The questions, by key.
    static final String NOTICE = "notice";
    static final String MATERIALS = "materials";

    private final Texts texts;
    private final NoticeAnswers answers;
    private final NoticeSending sending;

    NoticeMaterialsForm(Texts texts, NoticeAnswers answers, NoticeSending sending) {
        this.texts = texts;
        this.answers = answers;
        this.sending = sending;
    }

    @Override
    public String name() {
        return "notice_materials";
    }

    @Override
    public boolean allows(Actor actor) {
        return actor.actsForCell();
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose(NOTICE).prompt(a -> ""),
                Question.documents(MATERIALS, MeetingNotice.MAX_MATERIALS)
                        .within(MeetingNotice.MAX_MATERIAL_CHARS)
                        .prompt(a -> texts.t(
                                "notice.materials.ask",
                                a.label(NOTICE),
                                Integer.toString(MeetingNotice.MAX_MATERIALS))));
    }

    @Override
    public String summary(Answers a, Actor actor) {
        return texts.t("notice.materials.summary", a.label(MATERIALS), a.label(NOTICE));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        MeetingNotice notice = answers.forSecretary(actor, a.id(NOTICE)).orElse(null);
        if (notice == null) {
            return Saved.refused(texts.t("access.denied"));
        }
        if (!answers.open(notice)) {
            return Saved.refused(texts.t("notice.answer.closed"));
        }
        if (notice.hasMaterials()) {
            return Saved.refused(texts.t("notice.materials.already"));
        }
        if (!a.has(MATERIALS)) {
            return Saved.refused(texts.t("notice.materials.none"));
        }
        int reached =
                sending.sendLateMaterials(notice, List.of(a.value(MATERIALS).split(",")));
        return Saved.text(texts.t("notice.materials.saved", Integer.toString(reached)));
    }
}

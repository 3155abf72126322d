package vn.chibo.bot.notice;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Form;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.notice.MeetingNotice;
import vn.chibo.content.notice.NoticeReply;
import vn.chibo.content.notice.Notices;

/** A member's own reason for being absent, typed ("Lý do khác" under a notice); opened with the notice given. */
@Component
class NoticeReasonForm implements Form {

    // The questions, by key.
    static final String NOTICE = "notice";
    static final String REASON = "reason";

    private final Texts texts;
    private final Readers readers;
    private final Notices notices;
    private final NoticeAnswers answers;
    private final NoticeMessages messages;

    NoticeReasonForm(Texts texts, Readers readers, Notices notices, NoticeAnswers answers, NoticeMessages messages) {
        this.texts = texts;
        this.readers = readers;
        this.notices = notices;
        this.answers = answers;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "notice_reason";
    }

    @Override
    public boolean allows(Actor actor) {
        return actor.isMember();
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose(NOTICE).prompt(a -> ""),
                Question.text(REASON)
                        .prompt(a ->
                                texts.t("notice.ask.reason", a.label(NOTICE), Integer.toString(NoticeReply.MAX_REASON)))
                        .parse(text -> readers.line(text.replaceAll("\\s+", " "), NoticeReply.MAX_REASON)));
    }

    @Override
    public String summary(Answers a, Actor actor) {
        return null;
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        MeetingNotice notice = answers.forMember(actor, a.id(NOTICE)).orElse(null);
        if (notice == null) {
            return Saved.refused(texts.t("notice.answer.not_yours"));
        }
        if (!answers.open(notice)) {
            return Saved.refused(texts.t("notice.answer.closed"));
        }
        notices.reply(notice.id(), actor.member().id(), false, a.value(REASON));
        return Saved.text(texts.t("notice.reason.saved", messages.when(notice), a.value(REASON)));
    }
}

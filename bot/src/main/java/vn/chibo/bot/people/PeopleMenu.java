package vn.chibo.bot.people;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.form.Forms;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.roster.RosterTemplate;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * Entry points of the people feature: /dangvien, /tochuc (the office's menu), /moi. The management menu's buttons
 * open a form by name ({@code o:<form>}).
 */
@Component
public class PeopleMenu {

    /** The button that sends the roster template. */
    static final String TEMPLATE = "tpl";

    public static final List<String> MANAGEMENT =
            List.of("addmember", "transfer", "lifeevent", "addcell", "renamecell", "giverole", "invite", "documents");

    private final Forms forms;
    private final Texts texts;

    PeopleMenu(Forms forms, Texts texts) {
        this.forms = forms;
        this.texts = texts;
    }

    List<Outgoing> members(Incoming in, Actor actor) {
        return forms.open("members", in, actor);
    }

    List<Outgoing> invite(Incoming in, Actor actor) {
        return forms.open("invite", in, actor);
    }

    List<Outgoing> management(Incoming in, Actor actor) {
        if (!actor.canManage()) {
            return List.of(Outgoing.text(in.chatId(), texts.t("access.denied")));
        }
        List<List<Button>> rows = new ArrayList<>(MANAGEMENT.stream()
                .map(name -> List.of(Button.callback(texts.t("manage." + name), CallbackData.of(Forms.OPEN, name))))
                .toList());
        rows.add(List.of(Button.callback(texts.t("manage.template"), CallbackData.of(TEMPLATE))));
        return List.of(Outgoing.text(in.chatId(), texts.t("manage.menu"), rows));
    }

    /** {@code tpl}: the roster template, to fill in and send back. */
    List<Outgoing> template(Incoming in, Actor actor) {
        if (!actor.canManage()) {
            return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("access.denied"), true));
        }
        return List.of(
                Outgoing.answer(in.chatId(), in.callbackId(), null, false),
                Outgoing.document(
                        in.chatId(),
                        RosterTemplate.FILE_NAME,
                        RosterTemplate.xlsx(),
                        texts.t("manage.template_caption")));
    }
}

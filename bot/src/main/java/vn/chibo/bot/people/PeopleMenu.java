package vn.chibo.bot.people;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.form.Forms;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * Entry points of the people feature: /dangvien, /tochuc (the office's menu), /moi. The management menu's buttons
 * open a form by name ({@code o:<form>}).
 */
@Component
public class PeopleMenu {

    public static final List<String> MANAGEMENT =
            List.of("addmember", "transfer", "removemember", "addcell", "renamecell", "giverole", "invite");

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
        List<List<Button>> rows = MANAGEMENT.stream()
                .map(name -> List.of(Button.callback(texts.t("manage." + name), CallbackData.of(Forms.OPEN, name))))
                .toList();
        return List.of(Outgoing.text(in.chatId(), texts.t("manage.menu"), rows));
    }
}

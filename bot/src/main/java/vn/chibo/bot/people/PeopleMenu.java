package vn.chibo.bot.people;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.Texts;
import vn.chibo.bot.chat.form.Forms;
import vn.chibo.content.access.Actor;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * Entry points of the people feature: /dangvien, /tochuc (the office's menu), /moi. Menu buttons are
 * stateless {@code o:<form>}: pressing one starts that form.
 */
@Component
public class PeopleMenu {

    public static final String PREFIX = "o";
    public static final List<String> MANAGEMENT =
            List.of("addmember", "transfer", "removemember", "addcell", "renamecell", "giverole", "invite");

    private final Forms forms;
    private final Texts texts;

    PeopleMenu(Forms forms, Texts texts) {
        this.forms = forms;
        this.texts = texts;
    }

    public List<Outgoing> members(Incoming in, Actor actor) {
        return open(in, actor, "members");
    }

    public List<Outgoing> invite(Incoming in, Actor actor) {
        return open(in, actor, "invite");
    }

    public List<Outgoing> management(Incoming in, Actor actor) {
        if (!actor.canManage()) {
            return List.of(Outgoing.text(in.chatId(), texts.t("access.denied")));
        }
        List<List<Button>> rows = MANAGEMENT.stream()
                .map(name -> List.of(Button.callback(texts.t("manage." + name), CallbackData.of(PREFIX, name))))
                .toList();
        return List.of(Outgoing.text(in.chatId(), texts.t("manage.menu"), rows));
    }

    /** A press on {@code o:<form>}. */
    public List<Outgoing> open(Incoming in, Actor actor, String formName) {
        var form = forms.named(formName).orElse(null);
        if (form == null) {
            return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("button.stale"), false));
        }
        return forms.start(form, in, actor);
    }
}

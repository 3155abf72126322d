package vn.chibo.bot.role;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.ChatFeature;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.MenuItem;
import vn.chibo.bot.chat.Reply;
import vn.chibo.bot.chat.RoleLabels;
import vn.chibo.bot.chat.Routes;
import vn.chibo.bot.chat.form.Forms;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.scheduler.delivery.Outgoing;

/** /vaitro and the menu's "🔁 Đổi vai trò", shown to those who hold more than one role. */
@Component
class RoleRoutes implements ChatFeature {

    private final Forms forms;
    private final RoleForm form;
    private final RoleAssignments roles;
    private final RoleLabels labels;
    private final Texts texts;

    RoleRoutes(Forms forms, RoleForm form, RoleAssignments roles, RoleLabels labels, Texts texts) {
        this.forms = forms;
        this.form = form;
        this.roles = roles;
        this.labels = labels;
        this.texts = texts;
    }

    @Override
    public void register(Routes routes) {
        routes.command("vaitro", this::open)
                .menu(new MenuItem(
                        "role",
                        90,
                        0,
                        "menu.switch_role",
                        actor -> roles.heldBy(actor.telegramUserId()).size() > 1,
                        this::open));
    }

    /** The picker; someone with one role or none is told so instead (on the menu itself when pressed there). */
    private List<Outgoing> open(Incoming in, Actor actor) {
        List<RoleAssignment> held = roles.heldBy(in.userId());
        if (held.size() > 1) {
            return forms.start(form, in, actor);
        }
        String text = held.isEmpty() ? texts.t("role.none") : texts.t("role.only_one", labels.of(held.get(0)));
        return in.kind() == Incoming.Kind.CALLBACK
                ? Reply.editAndAnswer(in, text, List.of(), null)
                : Reply.text(in, text);
    }
}

package vn.chibo.bot.dues;

import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.ChatFeature;
import vn.chibo.bot.chat.MenuItem;
import vn.chibo.bot.chat.Routes;
import vn.chibo.bot.chat.form.Forms;
import vn.chibo.content.access.Actor;

/**
 * Dues in the chat: /dangphi and its menu entry, and the dues book sent as a file, for a cell's secretary or deputy, or
 * the member collecting them.
 */
@Component
class DuesRoutes implements ChatFeature {

    private final Forms forms;
    private final DuesForm form;
    private final DuesUpload upload;

    DuesRoutes(Forms forms, DuesForm form, DuesUpload upload) {
        this.forms = forms;
        this.form = form;
        this.upload = upload;
    }

    @Override
    public void register(Routes routes) {
        routes.command("dangphi", (in, actor) -> forms.start(form, in, actor))
                .documents(upload::accepts, upload::importFile)
                .menu(new MenuItem(
                        "dues", 3, 2, "menu.dues", Actor::recordsDues, (in, actor) -> forms.start(form, in, actor)));
    }
}

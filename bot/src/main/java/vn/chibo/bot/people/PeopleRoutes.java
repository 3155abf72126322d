package vn.chibo.bot.people;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.ButtonData;
import vn.chibo.bot.chat.ChatFeature;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.MenuItem;
import vn.chibo.bot.chat.Reply;
import vn.chibo.bot.chat.Routes;
import vn.chibo.bot.chat.form.Forms;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.scheduler.delivery.Outgoing;

/** The people feature in the chat: members, the office's management menu, invitations, the audit log, rosters. */
@Component
class PeopleRoutes implements ChatFeature {

    private final PeopleMenu people;
    private final Forms forms;
    private final Onboarding onboarding;
    private final RosterUpload rosterUpload;
    private final AuditView auditView;
    private final Texts texts;

    PeopleRoutes(
            PeopleMenu people,
            Onboarding onboarding,
            RosterUpload rosterUpload,
            AuditView auditView,
            Forms forms,
            Texts texts) {
        this.people = people;
        this.forms = forms;
        this.onboarding = onboarding;
        this.rosterUpload = rosterUpload;
        this.auditView = auditView;
        this.texts = texts;
    }

    @Override
    public void register(Routes routes) {
        routes.command("dangvien", people::members)
                .command("tochuc", people::management)
                .command("moi", people::invite)
                .command("moidangvien", (in, actor) -> forms.open("member_invite", in, actor))
                .command("biendong", (in, actor) -> forms.open("lifeevent", in, actor))
                .command("nhatky", (in, actor) -> auditView.page(in, actor, 0))
                .startLink((in, actor) -> onboarding.redeem(in, in.commandArgs()))
                .button(AuditView.PREFIX, this::auditPage)
                .button(PeopleMenu.TEMPLATE, (in, actor, data) -> people.template(in, actor))
                .documents(rosterUpload::accepts, rosterUpload::importFile)
                .menu(new MenuItem("members", 6, 0, "menu.members", Actor::hasRole, people::members))
                .menu(new MenuItem("manage", 8, 0, "menu.manage", Actor::canManage, people::management))
                .menu(new MenuItem(
                        "member_invite",
                        9,
                        0,
                        "menu.member_invite",
                        actor -> actor.actsForCell() || actor.canManage(),
                        (in, actor) -> forms.open("member_invite", in, actor)))
                .menu(new MenuItem(
                        "life_event",
                        9,
                        1,
                        "menu.life_event",
                        Actor::keepsMemberRecords,
                        (in, actor) -> forms.open("lifeevent", in, actor)))
                .menu(new MenuItem(
                        "audit", 8, 1, "menu.audit", Actor::canManage, (in, actor) -> auditView.page(in, actor, 0)));
    }

    private List<Outgoing> auditPage(Incoming in, Actor actor, ButtonData data) {
        return data.size() == 1 && data.field(0).matches("\\d{1,7}")
                ? auditView.page(in, actor, Integer.parseInt(data.field(0)))
                : Reply.answer(in, texts.t("button.stale"), false);
    }
}

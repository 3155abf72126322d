package vn.chibo.bot.people;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.chat.form.Question;
import vn.chibo.bot.chat.form.Saved;
import vn.chibo.bot.telegram.BotIdentity;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.office.RoleChanges;
import vn.chibo.content.org.OrgUnit;

/**
 * Hands a role to someone: a cell's secretary or deputy is one of its members; a committee's leader or
 * office is named. Saving issues the invitation link to pass on.
 */
@Component
class GiveRoleForm extends ManagementForm {

    private final Texts texts;
    private final Choices choices;
    private final Inputs inputs;
    private final RoleChanges roleChanges;
    private final BotIdentity bot;

    GiveRoleForm(Texts texts, Choices choices, Inputs inputs, RoleChanges roleChanges, BotIdentity bot) {
        this.texts = texts;
        this.choices = choices;
        this.inputs = inputs;
        this.roleChanges = roleChanges;
        this.bot = bot;
    }

    @Override
    public String name() {
        return "giverole";
    }

    @Override
    public List<Question> questions() {
        return List.of(
                Question.choose("unit")
                        .prompt(a -> texts.t("giverole.ask_unit"))
                        .options((a, actor) -> choices.unitsOfBothKinds(actor)),
                Question.choose("role")
                        .prompt(a -> texts.t("giverole.ask_role", a.label("unit")))
                        .options(this::rolesFor),
                Question.choose("member")
                        .prompt(a -> texts.t("giverole.ask_member", a.label("unit")))
                        .options((a, actor) -> choices.membersOf(a, "unit", actor))
                        .when(a -> Role.valueOf(a.value("role")).actsForCell()),
                Question.text("person")
                        .prompt(a -> texts.t("giverole.ask_person", a.label("role")))
                        .parse(inputs::personName)
                        .when(a -> !Role.valueOf(a.value("role")).actsForCell()));
    }

    private List<Option> rolesFor(Answers a, Actor actor) {
        boolean cell = choices.inScope(a.id("unit"), actor).map(OrgUnit::isCell).orElse(false);
        List<Role> fitting = cell ? List.of(Role.SECRETARY, Role.DEPUTY) : List.of(Role.LEADER, Role.OFFICE);
        return fitting.stream()
                .map(r ->
                        new Option(texts.t("role." + r.name().toLowerCase(), "").strip(), r.name()))
                .toList();
    }

    private static String person(Answers a) {
        return a.has("member") ? a.label("member") : a.label("person");
    }

    @Override
    public String summary(Answers a, Actor actor) {
        return texts.t("giverole.summary", person(a), a.label("role"), a.label("unit"));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        Role role = Role.valueOf(a.value("role"));
        Long member = a.has("member") ? a.id("member") : null;
        RoleChanges.Result result = roleChanges.give(actor, a.id("unit"), role, member, a.label("person"));
        if (result instanceof RoleChanges.Result.Invited invited) {
            return Saved.text(texts.t(
                    "giverole.done",
                    invited.role().personName(),
                    a.label("role"),
                    invited.role().unit().name(),
                    bot.deepLink(invited.invitation().code())));
        }
        return Saved.refused(
                switch (((RoleChanges.Result.Refused) result).reason()) {
                    case NOT_ALLOWED -> texts.t("access.denied");
                    case CHANGED_MEANWHILE -> texts.t("form.changed_meanwhile");
                    case ALREADY_HELD -> texts.t("giverole.exists", person(a), a.label("role"), a.label("unit"));
                });
    }
}

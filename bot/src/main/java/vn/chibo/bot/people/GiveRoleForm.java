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
 * office, or the committee member who follows a cell, is named. Saving issues the invitation link to pass on.
 */
@Component
class GiveRoleForm extends ManagementForm {

    // The questions, by key.
    static final String UNIT = "unit";
    static final String ROLE = "role";
    static final String MEMBER = "member";
    static final String PERSON = "person";

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
                Question.choose(UNIT)
                        .prompt(a -> texts.t("giverole.ask_unit"))
                        .options((a, actor) -> choices.unitsOfBothKinds(actor)),
                Question.choose(ROLE)
                        .prompt(a -> texts.t("giverole.ask_role", a.label(UNIT)))
                        .options(this::rolesFor),
                Question.choose(MEMBER)
                        .prompt(a -> texts.t("giverole.ask_member", a.label(UNIT)))
                        .options((a, actor) -> choices.membersOf(a, UNIT, actor))
                        .when(a -> Role.valueOf(a.value(ROLE)).heldByCellMember()),
                Question.text(PERSON)
                        .prompt(a -> texts.t("giverole.ask_person", a.label(ROLE)))
                        .parse(inputs::personName)
                        .when(a -> !Role.valueOf(a.value(ROLE)).heldByCellMember()));
    }

    private List<Option> rolesFor(Answers a, Actor actor) {
        boolean cell = choices.inScope(a.id(UNIT), actor).map(OrgUnit::isCell).orElse(false);
        List<Role> fitting = cell
                ? List.of(
                        Role.SECRETARY,
                        Role.DEPUTY,
                        Role.CELL_COMMITTEE,
                        Role.MINUTE_TAKER,
                        Role.TREASURER,
                        Role.FOLLOWER)
                : List.of(Role.LEADER, Role.OFFICE);
        return fitting.stream()
                .map(r ->
                        new Option(texts.t("role." + r.name().toLowerCase(), "").strip(), r.name()))
                .toList();
    }

    private static String person(Answers a) {
        return a.has(MEMBER) ? a.label(MEMBER) : a.label(PERSON);
    }

    @Override
    public String summary(Answers a, Actor actor) {
        return texts.t("giverole.summary", person(a), a.label(ROLE), a.label(UNIT));
    }

    @Override
    public Saved save(Answers a, Actor actor, long chatId) {
        Role role = Role.valueOf(a.value(ROLE));
        Long member = a.has(MEMBER) ? a.id(MEMBER) : null;
        RoleChanges.Result result = roleChanges.give(actor, a.id(UNIT), role, member, a.label(PERSON));
        if (result instanceof RoleChanges.Result.Invited invited) {
            return Saved.text(texts.t(
                            "giverole.done",
                            invited.role().personName(),
                            a.label(ROLE),
                            invited.role().unit().name(),
                            bot.deepLink(invited.invitation().code())))
                    .holdingASecret();
        }
        return Saved.refused(
                switch (((RoleChanges.Result.Refused) result).reason()) {
                    case NOT_ALLOWED -> texts.t("access.denied");
                    case CHANGED_MEANWHILE -> texts.t("form.changed_meanwhile");
                    case ALREADY_HELD -> texts.t("giverole.exists", person(a), a.label(ROLE), a.label(UNIT));
                });
    }
}

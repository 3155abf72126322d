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
import vn.chibo.content.access.Invitation;
import vn.chibo.content.access.Invitations;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.roster.Fold;

/**
 * Hands a role to someone: a cell's secretary or deputy is one of its members; a committee's leader or
 * office is named. Saving issues the invitation link to pass on.
 */
@Component
class GiveRoleForm extends ManagementForm {

    private final Texts texts;
    private final Choices choices;
    private final Inputs inputs;
    private final RoleAssignments roles;
    private final Invitations invitations;
    private final AuditLog audit;
    private final BotIdentity bot;

    GiveRoleForm(
            Texts texts,
            Choices choices,
            Inputs inputs,
            RoleAssignments roles,
            Invitations invitations,
            AuditLog audit,
            BotIdentity bot) {
        this.texts = texts;
        this.choices = choices;
        this.inputs = inputs;
        this.roles = roles;
        this.invitations = invitations;
        this.audit = audit;
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
        OrgUnit unit = choices.inScope(a.id("unit"), actor).orElse(null);
        Role role = Role.valueOf(a.value("role"));
        if (unit == null || role.actsForCell() != unit.isCell()) {
            return Saved.refused(texts.t("access.denied"));
        }
        String person = person(a);
        if (role.actsForCell()) {
            Member member = choices.memberInScope(a.id("member"), actor)
                    .filter(m -> m.cellId() == unit.id())
                    .orElse(null);
            if (member == null) {
                return Saved.refused(texts.t("form.changed_meanwhile"));
            }
            person = member.fullName();
        }
        String folded = Fold.of(person);
        if (roles.ofUnit(unit.id()).stream()
                .anyMatch(r -> r.role() == role && Fold.of(r.personName()).equals(folded))) {
            return Saved.refused(texts.t("giverole.exists", person, a.label("role"), unit.name()));
        }
        RoleAssignment assigned = roles.assign(unit, role, person, null);
        Invitation invitation = invitations.issue(assigned, actor.telegramUserId(), Invitations.DEFAULT_VALIDITY);
        audit.record(actor, unit, "role.assigned", role.name().toLowerCase() + ": " + person + " — " + unit.name());
        return Saved.text(
                texts.t("giverole.done", person, a.label("role"), unit.name(), bot.deepLink(invitation.code())));
    }
}

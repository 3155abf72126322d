package vn.chibo.bot.people;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.form.Answers;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/** The options forms offer, always drawn from the actor's scope and nothing else. */
@Component
class Choices {

    private final OrgUnits units;
    private final Members members;
    private final RoleAssignments roles;
    private final Texts texts;

    Choices(OrgUnits units, Members members, RoleAssignments roles, Texts texts) {
        this.units = units;
        this.members = members;
        this.roles = roles;
        this.texts = texts;
    }

    List<Option> cells(Actor actor) {
        return units.within(actor.scope().pathPrefix(), OrgKind.CELL).stream()
                .map(u -> new Option(u.name(), Long.toString(u.id())))
                .toList();
    }

    List<Option> committees(Actor actor) {
        return units.within(actor.scope().pathPrefix(), OrgKind.COMMITTEE).stream()
                .map(u -> new Option(u.name(), Long.toString(u.id())))
                .toList();
    }

    List<Option> unitsOfBothKinds(Actor actor) {
        List<Option> all = new ArrayList<>(committees(actor));
        all.addAll(cells(actor));
        return all;
    }

    List<Option> membersOf(Answers answers, String cellKey, Actor actor) {
        return memberRecordsOf(answers, cellKey, actor).stream()
                .map(m -> new Option(m.fullName(), Long.toString(m.id())))
                .toList();
    }

    /** The members of the cell answered under {@code cellKey}, if it is in the person's scope (else none). */
    List<Member> memberRecordsOf(Answers answers, String cellKey, Actor actor) {
        return inScope(answers.id(cellKey), actor)
                .map(cell -> members.ofCell(cell.id()))
                .orElse(List.of());
    }

    List<Option> roleHolders(Actor actor) {
        return roles.within(actor.scope()).stream()
                .map(r -> new Option(
                        texts.t(
                                "people.role_holder",
                                texts.t(
                                        "role." + r.role().name().toLowerCase(),
                                        r.unit().shortName()),
                                r.personName()),
                        Long.toString(r.id())))
                .toList();
    }

    /** The unit, if it still exists and lies in the actor's scope. */
    java.util.Optional<OrgUnit> inScope(long unitId, Actor actor) {
        return units.find(unitId).filter(actor.scope()::includes);
    }

    java.util.Optional<Member> memberInScope(long memberId, Actor actor) {
        return members.find(memberId).filter(m -> inScope(m.cellId(), actor).isPresent());
    }
}

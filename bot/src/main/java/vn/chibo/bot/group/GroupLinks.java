package vn.chibo.bot.group;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.ButtonData;
import vn.chibo.bot.chat.GroupHandler;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.Reply;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.org.UnitGroups;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * chibo in a group. When someone adds the bot, or types /lienketnhom there, the units that person answers for (a
 * cell's secretary or deputy, a committee's office or leader) are offered as buttons; a press by that very person, or
 * by anyone who answers for the unit, links the group to it. /huylienket unlinks it; the bot leaving unlinks it too.
 * Every press is checked against the presser's roles as they are now.
 */
@Component
class GroupLinks implements GroupHandler {

    /** {@code gl:<unitId>}: link this group to the unit. */
    static final String PREFIX = "gl";

    private final UnitGroups groups;
    private final RoleAssignments roles;
    private final OrgUnits units;
    private final AuditLog audit;
    private final Texts texts;

    GroupLinks(UnitGroups groups, RoleAssignments roles, OrgUnits units, AuditLog audit, Texts texts) {
        this.groups = groups;
        this.roles = roles;
        this.units = units;
        this.audit = audit;
        this.texts = texts;
    }

    @Override
    public List<Outgoing> handle(Incoming in, Actor actor) {
        return switch (in.kind()) {
            case GROUP_JOINED -> offer(in);
            case GROUP_LEFT -> {
                groups.unlinkGroup(in.chatId());
                yield List.of();
            }
            case COMMAND ->
                switch (in.command()) {
                    case "lienketnhom" -> offer(in);
                    case "huylienket" -> unlink(in, actor);
                    default -> Reply.text(in, texts.t("group.private_only"));
                };
            case CALLBACK -> press(in, actor);
            default -> List.of();
        };
    }

    /** The units the person answers for, as buttons to link the group to one of them. */
    private List<Outgoing> offer(Incoming in) {
        List<OrgUnit> theirs = roles.heldBy(in.userId()).stream()
                .filter(r -> r.role().answersForUnit())
                .map(RoleAssignment::unit)
                .distinct()
                .toList();
        if (theirs.isEmpty()) {
            return Reply.text(in, texts.t("group.no_role"));
        }
        List<List<Button>> buttons = theirs.stream()
                .map(u -> List.of(
                        Button.callback(texts.t("group.button.link", u.name()), CallbackData.of(PREFIX, u.id()))))
                .toList();
        String now = groups.unitOf(in.chatId())
                .flatMap(units::find)
                .map(u -> "\n\n" + texts.t("group.linked_now", u.name()))
                .orElse("");
        return Reply.text(in, texts.t("group.offer", in.userName()) + now, buttons);
    }

    private List<Outgoing> press(Incoming in, Actor actor) {
        ButtonData data = ButtonData.parse(in.callbackData());
        if (!data.prefix().equals(PREFIX) || data.size() != 1 || !data.field(0).matches("\\d{1,18}")) {
            return Reply.answer(in, texts.t("group.private_only"), true);
        }
        long unitId = Long.parseLong(data.field(0));
        Optional<OrgUnit> unit = units.find(unitId);
        if (unit.isEmpty() || !roles.answersFor(in.userId(), unitId)) {
            return Reply.answer(in, texts.t("access.denied"), true);
        }
        groups.link(unitId, in.chatId(), in.userId());
        audit.record(actor, unit.get(), "group.linked", unit.get().name() + " — " + in.chatId());
        return Reply.editAndAnswer(
                in, texts.t("group.linked", unit.get().name(), actor.displayName()), List.of(), null);
    }

    private List<Outgoing> unlink(Incoming in, Actor actor) {
        Optional<OrgUnit> unit = groups.unitOf(in.chatId()).flatMap(units::find);
        if (unit.isEmpty()) {
            return Reply.text(in, texts.t("group.not_linked"));
        }
        if (!roles.answersFor(in.userId(), unit.get().id())) {
            return Reply.text(in, texts.t("access.denied"));
        }
        groups.unlinkGroup(in.chatId());
        audit.record(actor, unit.get(), "group.unlinked", unit.get().name() + " — " + in.chatId());
        return Reply.text(in, texts.t("group.unlinked", unit.get().name()));
    }
}

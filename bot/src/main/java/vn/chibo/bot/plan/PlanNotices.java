package vn.chibo.bot.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.access.Scope;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.plan.AnnualPlan;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.DeliveryQueue;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * Asks organisations to register to a plan: one message to each person who answers for each of them (a cell's
 * secretary and deputy, a committee's office, or its leaders where it has no office), with the button that opens the
 * registration. Queued once per {@code round}: opening the plan is one round, each day's nudge another.
 */
@Component
class PlanNotices {

    private final RoleAssignments roles;
    private final OrgUnits units;
    private final DeliveryQueue queue;
    private final Texts texts;
    private final Clock clock;

    PlanNotices(RoleAssignments roles, OrgUnits units, DeliveryQueue queue, Texts texts, Clock clock) {
        this.roles = roles;
        this.units = units;
        this.queue = queue;
        this.texts = texts;
        this.clock = clock;
    }

    /** What was queued: to how many organisations (with someone on Telegram), and how many messages. */
    record Sent(int organisations, int messages) {}

    Sent ask(AnnualPlan plan, List<OrgUnit> organisations, String round) {
        OrgUnit committee = units.get(plan.committeeId());
        Map<Long, List<Long>> chats = chats(committee);
        String text = texts.t(
                "plan.ask",
                committee.name(),
                Integer.toString(plan.year()),
                plan.dueOn().format(PartyCalendar.DAY));
        List<List<Button>> register = List.of(List.of(Button.callback(
                texts.t("plan.button.register", Integer.toString(plan.year())),
                CallbackData.of(PlanRoutes.PREFIX, "r", plan.id()))));
        int reached = 0;
        int messages = 0;
        for (OrgUnit unit : organisations) {
            List<Long> to = chats.getOrDefault(unit.id(), List.of());
            if (!to.isEmpty()) {
                reached++;
            }
            for (long chat : to) {
                String key = "plan:" + plan.id() + ":" + round + ":" + unit.id() + ":" + chat;
                if (queue.enqueueOnce(Outgoing.text(chat, text, register), key, clock.instant())) {
                    messages++;
                }
            }
        }
        return new Sent(reached, messages);
    }

    /** Who answers for each organisation under {@code committee}: secretaries and deputies; offices, else leaders. */
    private Map<Long, List<Long>> chats(OrgUnit committee) {
        Map<Long, List<Long>> cells = new LinkedHashMap<>();
        Map<Long, List<Long>> offices = new LinkedHashMap<>();
        Map<Long, List<Long>> leaders = new LinkedHashMap<>();
        for (RoleAssignment r : roles.within(Scope.of(committee))) {
            if (r.telegramUserId() == null
                    || r.unit().id() == committee.id()
                    || !r.role().answersForUnit()) {
                continue;
            }
            Map<Long, List<Long>> into = r.role().actsForCell() ? cells : r.role() == Role.OFFICE ? offices : leaders;
            List<Long> list = into.computeIfAbsent(r.unit().id(), k -> new ArrayList<>());
            if (!list.contains(r.telegramUserId())) {
                list.add(r.telegramUserId());
            }
        }
        Map<Long, List<Long>> chats = new LinkedHashMap<>(leaders);
        chats.putAll(offices);
        chats.putAll(cells);
        return chats;
    }
}

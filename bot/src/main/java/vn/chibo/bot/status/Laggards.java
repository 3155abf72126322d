package vn.chibo.bot.status;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.access.Scope;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.status.Overview;
import vn.chibo.content.status.Period;
import vn.chibo.content.status.StatusQueries;
import vn.chibo.scheduler.delivery.DeliveryQueue;
import vn.chibo.scheduler.delivery.Outgoing;
import vn.chibo.scheduler.reminder.Notice;
import vn.chibo.scheduler.reminder.ReminderSettings;
import vn.chibo.scheduler.reminder.ReminderTexts;

/**
 * /chuahop: the cells under a leader's committee that have not met this month, by the unit they sit in, with
 * their secretary; "🔔 Nhắc tất cả" queues one nudge per secretary (keyed, so pressing again this month adds
 * nothing), sent at the paced rate. /quahan: reports past their due date and the cells still missing.
 */
@Component
class Laggards {

    /** Cells listed in the message; a phone shows no more usefully, and the spreadsheet has them all. */
    static final int SHOWN = 40;

    private final StatusQueries queries;
    private final RoleAssignments roles;
    private final DeliveryQueue queue;
    private final ReminderTexts reminderTexts;
    private final ReminderSettings settings;
    private final Texts texts;
    private final Clock clock;

    Laggards(
            StatusQueries queries,
            RoleAssignments roles,
            DeliveryQueue queue,
            ReminderTexts reminderTexts,
            ReminderSettings settings,
            Texts texts,
            Clock clock) {
        this.queries = queries;
        this.roles = roles;
        this.queue = queue;
        this.reminderTexts = reminderTexts;
        this.settings = settings;
        this.texts = texts;
        this.clock = clock;
    }

    Outgoing notMet(long chatId, OrgUnit unit, Actor actor) {
        if (!actor.followsCells()) {
            return Outgoing.text(chatId, texts.t("status.leaders_only"));
        }
        YearMonth month = YearMonth.now(clock);
        List<StatusQueries.CellLine> lines = queries.notMet(unit, month);
        if (lines.isEmpty()) {
            return Outgoing.text(
                    chatId,
                    texts.t(
                            "status.not_met.none",
                            unit.name(),
                            Integer.toString(month.getMonthValue()),
                            Integer.toString(month.getYear())));
        }
        Map<String, List<StatusQueries.CellLine>> byChild = new LinkedHashMap<>();
        for (StatusQueries.CellLine line : lines) {
            String group =
                    line.child() == null || line.child().id() == line.cell().id()
                            ? unit.shortName()
                            : line.child().name();
            byChild.computeIfAbsent(group, k -> new ArrayList<>()).add(line);
        }
        List<String> text = new ArrayList<>();
        text.add(texts.t(
                "status.not_met.title",
                unit.name(),
                Integer.toString(month.getMonthValue()),
                Integer.toString(month.getYear()),
                Integer.toString(lines.size()),
                Integer.toString(queries.cellsUnder(unit).size())));
        int shown = 0;
        for (Map.Entry<String, List<StatusQueries.CellLine>> group : byChild.entrySet()) {
            if (shown >= SHOWN) {
                break;
            }
            text.add("");
            text.add(texts.t(
                    "status.not_met.group",
                    group.getKey(),
                    Integer.toString(group.getValue().size())));
            for (StatusQueries.CellLine line : group.getValue()) {
                if (shown++ >= SHOWN) {
                    break;
                }
                text.add(
                        line.secretary() == null
                                ? texts.t(
                                        "status.not_met.cell_no_secretary",
                                        line.cell().name())
                                : texts.t("status.not_met.cell", line.cell().name(), line.secretary()));
            }
        }
        if (lines.size() > SHOWN) {
            text.add("");
            text.add(texts.t("status.not_met.more", Integer.toString(lines.size() - SHOWN)));
        }
        Period period = Period.month(month);
        return Outgoing.text(
                chatId,
                String.join("\n", text),
                List.of(
                        List.of(StatusView.button(
                                texts.t("status.nudge_all", Integer.toString(lines.size())), unit, period, "z")),
                        List.of(StatusView.button(texts.t("status.xlsx"), unit, period, "x"))));
    }

    List<Outgoing> nudgeAll(Incoming in, OrgUnit unit, Actor actor) {
        if (!actor.followsCells()) {
            return List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("status.leaders_only"), true));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (!settings.quietHours().allows(now)) {
            return List.of(Outgoing.answer(
                    in.chatId(),
                    in.callbackId(),
                    texts.t(
                            "status.nudge.quiet",
                            Readers.label(settings.quietFrom()),
                            Readers.label(settings.quietUntil())),
                    true));
        }
        YearMonth month = YearMonth.from(now);
        Map<Long, List<Long>> chats = new LinkedHashMap<>();
        for (RoleAssignment r : roles.within(Scope.of(unit))) {
            if ((r.role() == Role.SECRETARY || r.role() == Role.DEPUTY) && r.telegramUserId() != null) {
                chats.computeIfAbsent(r.unit().id(), k -> new ArrayList<>()).add(r.telegramUserId());
            }
        }
        int cells = 0;
        int queued = 0;
        for (StatusQueries.CellLine line : queries.notMet(unit, month)) {
            List<Long> recipients = chats.getOrDefault(line.cell().id(), List.of());
            if (!recipients.isEmpty()) {
                cells++;
            }
            String message =
                    reminderTexts.render(new Notice.MonthlyNotHeld(line.cell().name(), month));
            for (Long chat : recipients) {
                if (queue.enqueueOnce(
                        Outgoing.text(chat, message),
                        "nudge-now:" + line.cell().id() + ":" + month + ":" + chat,
                        clock.instant())) {
                    queued++;
                }
            }
        }
        return List.of(
                Outgoing.answer(in.chatId(), in.callbackId(), null, false),
                Outgoing.text(in.chatId(), nudged(queued, cells, YearMonth.from(now))));
    }

    /** /quahan: reports overdue in the last 60 days under the person's unit. */
    List<Outgoing> overdue(Incoming in, Actor actor, Optional<OrgUnit> home) {
        if (home.isEmpty() || !actor.followsCells()) {
            return List.of(Outgoing.text(in.chatId(), texts.t("status.leaders_only")));
        }
        Map<Overview.DeadlineStatus, List<OrgUnit>> late = queries.overdue(home.get(), 60);
        if (late.isEmpty()) {
            return List.of(Outgoing.text(
                    in.chatId(), texts.t("status.overdue.none", home.get().name())));
        }
        List<String> text = new ArrayList<>();
        text.add(texts.t("status.overdue.title", home.get().name()));
        late.forEach((d, missing) -> {
            text.add("");
            text.add(texts.t(
                    "status.overdue.deadline",
                    d.title(),
                    d.dueOn().format(PartyCalendar.DAY),
                    Integer.toString(d.submitted()),
                    Integer.toString(d.total()),
                    Long.toString(java.time.temporal.ChronoUnit.DAYS.between(d.dueOn(), now().toLocalDate())),
                    reminderTexts.counted(d.counted())));
            missing.stream().limit(SHOWN).forEach(u -> text.add(texts.t("status.overdue.cell", u.name())));
            if (missing.size() > SHOWN) {
                text.add(texts.t("status.not_met.more", Integer.toString(missing.size() - SHOWN)));
            }
        });
        return List.of(Outgoing.text(in.chatId(), String.join("\n", text)));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** What pressing "Nhắc tất cả" did: reminders queued, all sent already this month, or no one to remind. */
    private String nudged(int queued, int cells, YearMonth month) {
        if (queued > 0) {
            return texts.t("status.nudge.done", Integer.toString(queued), Integer.toString(cells));
        }
        if (cells > 0) {
            return texts.t("status.nudge.already", Integer.toString(cells), month.format(PartyCalendar.MONTH));
        }
        return texts.t("status.nudge.nobody");
    }
}

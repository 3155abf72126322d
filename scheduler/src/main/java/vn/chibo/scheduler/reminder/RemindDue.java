package vn.chibo.scheduler.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.access.Scope;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.dues.Dues;
import vn.chibo.content.meeting.Absences;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRules;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.org.UnitGroups;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.DeliveryQueue;
import vn.chibo.scheduler.delivery.Outgoing;
import vn.chibo.scheduler.delivery.SentMessages;

/**
 * The reminder sweep: gathers what the policy needs, asks it who is due what now, and queues each new decision
 * together with its reminder row, both keyed, so a decision is queued once however often the sweep runs and on
 * however many instances. Decisions are queued a batch per transaction; a batch that fails is rolled back and its
 * decisions queued again one per transaction, so one failure is counted and logged and the wave goes on.
 */
@Component
public class RemindDue {

    /** Reminder buttons carry {@code n:<reminder id>:<action>} ("nhắc"). */
    public static final String PREFIX = ReminderButton.PREFIX;

    private static final Logger log = LoggerFactory.getLogger(RemindDue.class);
    /** The subjects of a report's overdue digest and of its "100%" line, as the policy names them. */
    private static final String OVERDUE = "overdue:";

    private static final String COMPLETE = "complete:";
    private static final int PROGRESS_EVERY = 500;
    /** Decisions queued per transaction; a batch that fails is queued again one decision at a time. */
    private static final int BATCH = 200;

    /** What one sweep did. */
    public record Wave(int decided, int queued, int skipped, int failed) {}

    private final OrgUnits units;
    private final RoleAssignments roles;
    private final Meetings meetings;
    private final Absences absences;
    private final Deadlines deadlines;
    private final MeetingSchedules schedules;
    private final Reminders reminders;
    private final DeliveryQueue queue;
    private final ReminderTexts texts;
    private final ReminderSettings settings;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ReminderPolicy policy;
    private final MeetingRules rules;
    private final SentMessages sent;
    private final Dues dues;
    private final UnitGroups groups;

    public RemindDue(
            OrgUnits units,
            RoleAssignments roles,
            Meetings meetings,
            Absences absences,
            Deadlines deadlines,
            MeetingSchedules schedules,
            Reminders reminders,
            DeliveryQueue queue,
            ReminderTexts texts,
            ReminderSettings settings,
            Clock clock,
            PlatformTransactionManager transactionManager,
            MeetingRules rules,
            SentMessages sent,
            Dues dues,
            UnitGroups groups) {
        this.groups = groups;
        this.units = units;
        this.roles = roles;
        this.meetings = meetings;
        this.absences = absences;
        this.deadlines = deadlines;
        this.schedules = schedules;
        this.reminders = reminders;
        this.queue = queue;
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.rules = rules;
        this.sent = sent;
        this.dues = dues;
        this.policy = new ReminderPolicy(settings, clock.getZone(), rules.absenceRemovalMonths());
    }

    public Wave run() {
        LocalDateTime now = LocalDateTime.now(clock);
        if (!settings.quietHours().allows(now)) {
            return new Wave(0, 0, 0, 0);
        }
        Instant since = clock.instant().minus(Duration.ofDays(120));
        List<ReminderPolicy.Decision> decisions =
                policy.decide(now, cells(now), occurrences(now.toLocalDate()), reminders.answersSince(since));
        Set<String> known = reminders.keysSince(since);
        List<ReminderPolicy.Decision> fresh =
                decisions.stream().filter(d -> !known.contains(d.key())).toList();
        Tally tally = new Tally();
        tally.skipped = decisions.size() - fresh.size();
        for (int from = 0; from < fresh.size(); from += BATCH) {
            List<ReminderPolicy.Decision> batch = fresh.subList(from, Math.min(fresh.size(), from + BATCH));
            int before = tally.queued + tally.failed;
            try {
                List<Boolean> news = transactions.execute(
                        status -> batch.stream().map(this::queue).toList());
                news.forEach(tally::count);
            } catch (RuntimeException e) {
                // Rolled back as a whole: each decision again in its own transaction, so that a bad one (or one
                // another instance queued meanwhile) costs only itself.
                batch.forEach(decision -> queueAlone(decision, tally));
            }
            if ((tally.queued + tally.failed) / PROGRESS_EVERY > before / PROGRESS_EVERY) {
                log.info("Reminder wave: {} of {} queued, {} failed", tally.queued, fresh.size(), tally.failed);
            }
        }
        if (!fresh.isEmpty()) {
            log.info(
                    "Reminder wave done: {} decided, {} queued, {} already queued, {} failed",
                    decisions.size(),
                    tally.queued,
                    tally.skipped,
                    tally.failed);
        }
        return new Wave(decisions.size(), tally.queued, tally.skipped, tally.failed);
    }

    private void queueAlone(ReminderPolicy.Decision decision, Tally tally) {
        try {
            tally.count(Boolean.TRUE.equals(transactions.execute(status -> queue(decision))));
        } catch (DuplicateKeyException e) {
            tally.skipped++;
        } catch (RuntimeException e) {
            tally.failed++;
            log.warn("Could not queue reminder {}: {}", decision.key(), e.toString());
        }
    }

    /** A sweep's running counts: queued, already queued (skipped), failed. */
    private static final class Tally {
        int queued;
        int skipped;
        int failed;

        void count(boolean isNew) {
            if (isNew) {
                queued++;
            } else {
                skipped++;
            }
        }
    }

    /** {@code early}: days before the meeting, when "done" can only mean "noted, remind me no more". */
    private Button button(ReminderButton button, long reminderId, boolean early) {
        String label =
                switch (button) {
                    case DONE -> early ? texts.t("reminder.button.noted") : texts.t("reminder.button.done");
                    case LATER -> texts.t("reminder.button.later");
                    case POSTPONE -> texts.t("reminder.button.postpone");
                    case SUBMITTED -> texts.t("reminder.button.submitted");
                    case ROLL_DOWN -> texts.t("reminder.button.roll_down");
                    case NOTICE -> texts.t("reminder.button.notice");
                };
        return Button.callback(label, button.data(reminderId));
    }

    private boolean queue(ReminderPolicy.Decision d) {
        long id = reminders.insert(d.key(), d.subject(), d.chatId());
        List<List<Button>> buttons = new ArrayList<>();
        boolean early = d.notice() instanceof Notice.MeetingSoon soon && soon.daysBefore() > 0;
        switch (d.buttons()) {
            case MEETING -> {
                buttons.add(List.of(button(ReminderButton.DONE, id, early), button(ReminderButton.LATER, id, early)));
                buttons.add(List.of(button(ReminderButton.POSTPONE, id, early)));
                if (early) {
                    // A day or more ahead: time to send the members the notice and its materials (Hướng dẫn 42).
                    buttons.add(List.of(button(ReminderButton.NOTICE, id, early)));
                }
            }
            case REPORT -> buttons.add(List.of(button(ReminderButton.SUBMITTED, id, early)));
            case REPORT_ROLL_DOWN -> {
                buttons.add(List.of(button(ReminderButton.SUBMITTED, id, early)));
                buttons.add(List.of(button(ReminderButton.ROLL_DOWN, id, early)));
            }
            case NONE -> {}
        }
        String text = texts.render(d.notice());
        Optional<Integer> digest = shownDigest(d.subject(), d.chatId());
        return queue.enqueueOnce(
                digest.isPresent()
                        ? Outgoing.edit(d.chatId(), digest.get(), text, buttons)
                        : Outgoing.text(d.chatId(), text, buttons),
                d.key(),
                clock.instant());
    }

    /**
     * For a report's overdue digest or its "100%" line, the digest already in the leader's chat for the same due
     * date: edited in place (editMessageText) rather than sent again, so a leader has one message per due date that
     * follows the submissions. Empty for any other reminder, or before the first digest is sent.
     */
    private Optional<Integer> shownDigest(String subject, long chatId) {
        if (!subject.startsWith(OVERDUE) && !subject.startsWith(COMPLETE)) {
            return Optional.empty();
        }
        return sent.latestKeyed(OVERDUE + subject.substring(subject.indexOf(':') + 1) + ":", chatId);
    }

    /**
     * After an organisation submits for {@code deadlineId}'s {@code dueOn}: each leader who has the overdue digest for
     * it sees it edited at once — fewer late, or "100% hoàn thành" once the last one is in (and no new message follows
     * from the next sweep). Leaders without a digest yet get nothing now; the sweep sends theirs when it is due.
     */
    public void refreshDigest(long deadlineId, LocalDate dueOn) {
        Optional<Deadline> deadline = deadlines.find(deadlineId);
        LocalDate today = LocalDate.now(clock);
        if (deadline.isEmpty()
                || today.isAfter(dueOn.plusDays(settings.overdueFor().toDays()))) {
            return;
        }
        var o = occurrence(deadline.get(), deadlines.targetsOf(deadline.get()), dueOn, Chats.NONE);
        Notice.ReportOverdue overdue = ReminderPolicy.overdue(o, today);
        boolean complete = overdue.late().isEmpty();
        Notice notice = complete
                ? new Notice.ReportComplete(o.title(), dueOn, o.targets().size(), o.counted())
                : overdue;
        String occurrence = deadlineId + ":" + dueOn;
        for (long chat :
                chatsByUnit(Set.of(Role.LEADER)).getOrDefault(deadline.get().committeeId(), List.of())) {
            Optional<Integer> shown = sent.latestKeyed(OVERDUE + occurrence + ":", chat);
            if (shown.isEmpty()) {
                continue;
            }
            // The "100%" edit takes the key the sweep's own "complete" decision would have, so the sweep adds nothing.
            String key = complete
                    ? COMPLETE + occurrence + ":all:" + chat
                    : OVERDUE + occurrence + ":s" + overdue.submitted() + ":" + chat;
            Outgoing edit = Outgoing.edit(chat, shown.get(), texts.render(notice), List.of());
            transactions.execute(status -> queue.enqueueOnce(edit, key, clock.instant()));
        }
    }

    // ---- facts ------------------------------------------------------------------------------------

    private List<ReminderPolicy.CellFacts> cells(LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        YearMonth month = YearMonth.from(today);
        YearMonth quarterStart = YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1);
        Map<Long, List<Long>> chats = chatsByUnit(Set.of(Role.SECRETARY, Role.DEPUTY));
        Map<Long, MeetingSchedules.Schedule> all = schedules.all();
        Map<Long, List<LocalDateTime>> planned = schedules.plannedFrom(today);
        Set<Long> monthly = meetings.cellsThatMet(MeetingKind.monthly(), month.atDay(1), month.atEndOfMonth());
        Set<Long> thematic = meetings.cellsThatMet(MeetingKind.thematic(), quarterStart.atDay(1), month.atEndOfMonth());
        Map<Long, List<Absences.Absentee>> absentees =
                absences.membersWithUnexcusedMonths(month.minusMonths(11).atDay(1), rules.absenceWarnMonths());
        Map<Long, List<Absences.Absentee>> unpaid = new HashMap<>();
        dues.membersWithUnpaidMonths(month.minusMonths(11).atDay(1), rules.absenceWarnMonths())
                .forEach((cellId, behind) -> unpaid.put(
                        cellId,
                        behind.stream()
                                .map(b -> new Absences.Absentee(b.name(), b.months()))
                                .toList()));
        List<ReminderPolicy.CellFacts> facts = new ArrayList<>();
        for (OrgUnit cell : units.within("/", OrgKind.CELL)) {
            List<Long> recipients = chats.getOrDefault(cell.id(), List.of());
            if (recipients.isEmpty()) {
                continue;
            }
            facts.add(new ReminderPolicy.CellFacts(
                    cell.id(),
                    cell.name(),
                    recipients,
                    all.get(cell.id()),
                    planned.getOrDefault(cell.id(), List.of()),
                    monthly.contains(cell.id()),
                    thematic.contains(cell.id()),
                    absentees.getOrDefault(cell.id(), List.of()),
                    unpaid.getOrDefault(cell.id(), List.of())));
        }
        return facts;
    }

    private List<ReminderPolicy.Occurrence> occurrences(LocalDate today) {
        Chats chats = new Chats(chatsByUnit(Set.of(Role.SECRETARY, Role.DEPUTY)), committeeChats(), digestChats());
        int ahead = settings.deadlineDaysBefore().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        List<ReminderPolicy.Occurrence> occurrences = new ArrayList<>();
        for (Deadline deadline : deadlines.openWithin(Scope.EVERYTHING)) {
            List<OrgUnit> targets = deadlines.targetsOf(deadline);
            for (LocalDate due : deadline.dueDatesBetween(
                    today.minusDays(settings.overdueFor().toDays()), today.plusDays(ahead))) {
                occurrences.add(occurrence(deadline, targets, due, chats));
            }
        }
        return occurrences;
    }

    /**
     * One due date of {@code deadline} for {@code targets}, as the policy sees it: who submitted, whom to remind (a
     * cell's secretary and deputy, a committee's office), how far the committees that rolled it down are, and for a
     * rolled-down deadline the occurrence above it feeds.
     */
    private ReminderPolicy.Occurrence occurrence(Deadline deadline, List<OrgUnit> targets, LocalDate due, Chats chats) {
        var submitted = deadlines.submissions(deadline.id(), due);
        Map<Long, Notice.Progress> below = progressBelow(deadline, due);
        List<ReminderPolicy.Target> asked = targets.stream()
                .map(t -> new ReminderPolicy.Target(
                        t.id(),
                        t.name(),
                        (t.isCell() ? chats.cells() : chats.committees()).getOrDefault(t.id(), List.of()),
                        submitted.containsKey(t.id()),
                        !t.isCell(),
                        below.get(t.id())))
                .toList();
        return new ReminderPolicy.Occurrence(
                deadline.id(),
                deadline.title(),
                due,
                chats.leaders().getOrDefault(deadline.committeeId(), List.of()),
                asked,
                Deadline.Counted.of(deadline, targets),
                rollup(deadline, due, chats.committees()));
    }

    /** For each committee that rolled {@code deadline} down, how many of its own have submitted for {@code due}. */
    private Map<Long, Notice.Progress> progressBelow(Deadline deadline, LocalDate due) {
        Map<Long, Notice.Progress> below = new HashMap<>();
        for (Deadline down : deadlines.rolledDownFrom(deadline.id())) {
            down
                    .dueDatesBetween(
                            due.minusMonths(Math.max(1, deadline.periodMonths()))
                                    .plusDays(1),
                            due)
                    .stream()
                    .reduce((first, second) -> second)
                    .ifPresent(on -> {
                        var theirs = deadlines.targetsOf(down);
                        var in = deadlines.submissions(down.id(), on);
                        int done = (int) theirs.stream()
                                .filter(u -> in.containsKey(u.id()))
                                .count();
                        below.put(down.committeeId(), new Notice.Progress(done, theirs.size()));
                    });
        }
        return below;
    }

    /** For a deadline rolled down from above, the occurrence above that {@code due} feeds (its next due date). */
    private ReminderPolicy.Rollup rollup(Deadline deadline, LocalDate due, Map<Long, List<Long>> committeeChats) {
        if (!deadline.rolledDown()) {
            return null;
        }
        Optional<Deadline> parent = deadlines.find(deadline.parentId());
        Optional<LocalDate> parentDue = parent.flatMap(p -> p.nextDueFrom(due));
        if (parentDue.isEmpty()) {
            return null;
        }
        OrgUnit committee = units.get(deadline.committeeId());
        OrgUnit above = units.get(parent.get().committeeId());
        return new ReminderPolicy.Rollup(
                parent.get().id(),
                parentDue.get(),
                committee.id(),
                committee.name(),
                above.name(),
                committeeChats.getOrDefault(committee.id(), List.of()),
                deadlines.submissions(parent.get().id(), parentDue.get()).containsKey(committee.id()));
    }

    /** Chats by unit: of cells' secretaries and deputies, of who answers for a committee's reports, of leaders. */
    private record Chats(Map<Long, List<Long>> cells, Map<Long, List<Long>> committees, Map<Long, List<Long>> leaders) {
        /** For an occurrence that reminds nobody, only counted. */
        static final Chats NONE = new Chats(Map.of(), Map.of(), Map.of());
    }

    /**
     * Who gets a committee's digest of a report's submissions: its leaders, and its group when one is linked (the
     * digest names organisations, never a person).
     */
    private Map<Long, List<Long>> digestChats() {
        Map<Long, List<Long>> chats = chatsByUnit(Set.of(Role.LEADER));
        groups.all().forEach((unit, group) -> chats.computeIfAbsent(unit, k -> new ArrayList<>())
                .add(group));
        return chats;
    }

    /** Who answers for a committee's reports: its office, or its leaders where it has no office on Telegram. */
    private Map<Long, List<Long>> committeeChats() {
        Map<Long, List<Long>> chats = new HashMap<>(chatsByUnit(Set.of(Role.LEADER)));
        chats.putAll(chatsByUnit(Set.of(Role.OFFICE)));
        return chats;
    }

    private Map<Long, List<Long>> chatsByUnit(Set<Role> wanted) {
        Map<Long, List<Long>> byUnit = new HashMap<>();
        for (RoleAssignment r : roles.within(Scope.EVERYTHING)) {
            if (wanted.contains(r.role()) && r.telegramUserId() != null) {
                List<Long> list = byUnit.computeIfAbsent(r.unit().id(), k -> new ArrayList<>());
                if (!list.contains(r.telegramUserId())) {
                    list.add(r.telegramUserId());
                }
            }
        }
        return byUnit;
    }
}

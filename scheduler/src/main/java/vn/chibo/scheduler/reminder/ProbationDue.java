package vn.chibo.scheduler.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.scheduler.delivery.DeliveryQueue;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * Probationary members whose 12 months (from admission) fall due: the cell is reminded {@link #DAYS_BEFORE} days ahead
 * to consider them for full membership (Điều lệ Đảng, art. 5), and once the day has passed with the member still
 * probationary, the cell again and the committee above it. Each reminder is keyed by member, due date, step and chat:
 * sent once across sweeps and instances, at or after the morning reminder time, never in quiet hours.
 */
@Component
public class ProbationDue implements ReminderSweepStep {

    private static final Logger log = LoggerFactory.getLogger(ProbationDue.class);

    /** How many days before the 12 months fall due the cell is reminded. */
    public static final int DAYS_BEFORE = 30;

    /**
     * How many days past the due date a member still probationary is looked at: a year, so a deployment that starts
     * late still reminds of them once; beyond, a record left probationary is the roster's to correct.
     */
    static final int OVERDUE_FOR = 365;

    private final Members members;
    private final OrgUnits units;
    private final RoleAssignments roles;
    private final DeliveryQueue queue;
    private final ReminderTexts texts;
    private final ReminderSettings settings;
    private final Clock clock;

    public ProbationDue(
            Members members,
            OrgUnits units,
            RoleAssignments roles,
            DeliveryQueue queue,
            ReminderTexts texts,
            ReminderSettings settings,
            Clock clock) {
        this.members = members;
        this.units = units;
        this.roles = roles;
        this.queue = queue;
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public int run() {
        LocalDateTime now = LocalDateTime.now(clock);
        if (!settings.quietHours().allows(now) || now.toLocalTime().isBefore(settings.remindAt())) {
            return 0;
        }
        LocalDate today = now.toLocalDate();
        int queued = 0;
        // Month arithmetic does not run backwards exactly (29 February): read a day wide, then decide by the due date.
        // Members overdue for longer than OVERDUE_FOR are no longer read on every sweep.
        LocalDate admittedBy = today.plusDays(DAYS_BEFORE + 1).minusMonths(12);
        LocalDate admittedFrom = today.minusDays(OVERDUE_FOR + 1).minusMonths(12);
        for (Member member : members.probationaryAdmittedBetween(admittedFrom, admittedBy)) {
            LocalDate dueOn = member.partyJoinDate().plusMonths(12);
            Optional<OrgUnit> cell = units.find(member.cellId());
            if (cell.isEmpty() || today.isBefore(dueOn.minusDays(DAYS_BEFORE))) {
                continue;
            }
            String day = dueOn.format(PartyCalendar.DAY);
            String key = "probation:" + member.id() + ":" + dueOn;
            if (!today.isAfter(dueOn)) {
                String text = texts.t(
                        "reminder.probation.soon",
                        cell.get().name(),
                        member.fullName(),
                        day,
                        Long.toString(ChronoUnit.DAYS.between(today, dueOn)));
                queued += send(roles.chatsAnsweringFor(cell.get()), text, key + ":soon");
                continue;
            }
            queued += send(
                    roles.chatsAnsweringFor(cell.get()),
                    texts.t("reminder.probation.overdue", cell.get().name(), member.fullName(), day),
                    key + ":overdue");
            Optional<OrgUnit> committee =
                    Optional.ofNullable(cell.get().parentId()).flatMap(units::find);
            if (committee.isPresent()) {
                queued += send(
                        roles.chatsAnsweringFor(committee.get()),
                        texts.t("reminder.probation.committee", cell.get().name(), member.fullName(), day),
                        key + ":committee");
            }
        }
        if (queued > 0) {
            log.info("Probation reminders: {} messages queued", queued);
        }
        return queued;
    }

    private int send(List<Long> chats, String text, String key) {
        int queued = 0;
        for (long chat : chats) {
            try {
                if (queue.enqueueOnce(Outgoing.text(chat, text), key + ":" + chat, clock.instant())) {
                    queued++;
                }
            } catch (DuplicateKeyException e) {
                // Another instance queued it first.
            }
        }
        return queued;
    }
}

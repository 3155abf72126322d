package vn.chibo.bot.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.notice.MeetingNotice;
import vn.chibo.content.notice.Notices;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.DeliveryQueue;
import vn.chibo.scheduler.delivery.Outgoing;
import vn.chibo.scheduler.reminder.ReminderSettings;
import vn.chibo.scheduler.reminder.ReminderSweepStep;

/**
 * On each reminder sweep, outside quiet hours: the day before a meeting, members who joined and have not answered its
 * notice are reminded once; two days before, a secretary whose notice went without materials is reminded once that
 * Hướng dẫn 42-HD/BTCTW asks for them a day ahead. A notice sent less than {@link #SETTLE} ago is left to settle (its
 * members have only just received it). Each reminder is claimed on the notice's row and queued in the same
 * transaction: once, across sweeps and instances.
 */
@Component
class NoticeFollowUp implements ReminderSweepStep {

    private static final Logger log = LoggerFactory.getLogger(NoticeFollowUp.class);

    /** Members who have not answered are reminded within this time before the meeting. */
    static final Duration FOLLOW_UP_BEFORE = Duration.ofHours(24);

    /** The secretary is reminded of missing materials within this time before the meeting. */
    static final Duration MATERIALS_BEFORE = Duration.ofHours(48);

    static final Duration SETTLE = Duration.ofHours(6);

    private final Notices notices;
    private final NoticeSending sending;
    private final NoticeAnswers answers;
    private final NoticeMessages messages;
    private final DeliveryQueue queue;
    private final ReminderSettings settings;
    private final Texts texts;
    private final Clock clock;
    private final TransactionTemplate transactions;

    NoticeFollowUp(
            Notices notices,
            NoticeSending sending,
            NoticeAnswers answers,
            NoticeMessages messages,
            DeliveryQueue queue,
            ReminderSettings settings,
            Texts texts,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.notices = notices;
        this.sending = sending;
        this.answers = answers;
        this.messages = messages;
        this.queue = queue;
        this.settings = settings;
        this.texts = texts;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public int run() {
        LocalDateTime now = LocalDateTime.now(clock);
        if (!settings.quietHours().allows(now)) {
            return 0;
        }
        Instant settled = clock.instant().minus(SETTLE);
        int queued = 0;
        for (MeetingNotice notice : notices.awaitingFollowUp(now, now.plus(FOLLOW_UP_BEFORE))) {
            if (notice.sentAt().isAfter(settled)) {
                continue;
            }
            Integer reminded = transactions.execute(status -> notices.claimFollowUp(notice.id())
                    ? sending.remindUnanswered(notice, answers.cellName(notice), "auto")
                            .queued()
                    : 0);
            queued += reminded == null ? 0 : reminded;
        }
        for (MeetingNotice notice : notices.awaitingMaterials(now, now.plus(MATERIALS_BEFORE))) {
            if (notice.sentAt().isAfter(settled) || notice.sentBy() == null) {
                continue;
            }
            Boolean sent =
                    transactions.execute(status -> notices.claimMaterialsCheck(notice.id()) && remindMaterials(notice));
            queued += Boolean.TRUE.equals(sent) ? 1 : 0;
        }
        if (queued > 0) {
            log.info("Notice follow-ups: {} messages queued", queued);
        }
        return queued;
    }

    private boolean remindMaterials(MeetingNotice notice) {
        List<List<Button>> button = List.of(List.of(Button.callback(
                texts.t("notice.button.materials"), CallbackData.of(NoticeMessages.PREFIX, "m", notice.id()))));
        return queue.enqueueOnce(
                Outgoing.text(notice.sentBy(), texts.t("notice.materials.missing", messages.when(notice)), button),
                "notice:" + notice.id() + ":materials",
                clock.instant());
    }
}

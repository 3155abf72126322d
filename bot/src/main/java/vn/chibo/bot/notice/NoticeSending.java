package vn.chibo.bot.notice;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.notice.MeetingNotice;
import vn.chibo.content.notice.Notices;
import vn.chibo.content.org.Members;
import vn.chibo.scheduler.delivery.DeliveryQueue;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * Queues a notice, and its documents after it, to every member of the cell who joined chibo: as bulk rows, paced like
 * reminders, each under its own key so that nothing is sent twice to anyone however often it is asked.
 */
@Component
class NoticeSending {

    private final Members members;
    private final Notices notices;
    private final NoticeMessages messages;
    private final DeliveryQueue queue;
    private final Clock clock;

    NoticeSending(Members members, Notices notices, NoticeMessages messages, DeliveryQueue queue, Clock clock) {
        this.members = members;
        this.notices = notices;
        this.messages = messages;
        this.queue = queue;
        this.clock = clock;
    }

    /** Sends the notice to the members who joined; returns how many it was queued for. */
    @Transactional
    public int send(MeetingNotice notice, String cellName) {
        Map<Long, Long> joined = members.telegramOf(notice.cellId());
        String text = messages.text(notice, cellName, null);
        for (Map.Entry<Long, Long> member : joined.entrySet()) {
            String key = "notice:" + notice.id() + ":m" + member.getKey();
            queue.enqueueOnce(
                    Outgoing.text(member.getValue(), text, messages.answerButtons(notice.id())), key, clock.instant());
        }
        sendMaterials(notice, notice.materials(), joined);
        return joined.size();
    }

    /** Documents added to a notice after it went out; returns how many members they were queued for. */
    @Transactional
    public int sendLateMaterials(MeetingNotice notice, List<String> materials) {
        notices.attachMaterials(notice.id(), materials);
        Map<Long, Long> joined = members.telegramOf(notice.cellId());
        sendMaterials(notice, materials, joined);
        return joined.size();
    }

    private void sendMaterials(MeetingNotice notice, List<String> materials, Map<Long, Long> joined) {
        String caption = messages.materialCaption(notice);
        for (Map.Entry<Long, Long> member : joined.entrySet()) {
            for (int i = 0; i < materials.size(); i++) {
                String key = "notice:" + notice.id() + ":m" + member.getKey() + ":f" + i;
                queue.enqueueOnce(
                        Outgoing.storedDocument(member.getValue(), materials.get(i), caption), key, clock.instant());
            }
        }
    }

    /** Of the members who had not answered, how many there were and how many were reminded now. */
    record Reminded(int unanswered, int queued) {}

    /**
     * Reminds the members who have not answered; {@code round} keeps each reminder once (a member already reminded in
     * that round is not again).
     */
    @Transactional
    public Reminded remindUnanswered(MeetingNotice notice, String cellName, String round) {
        List<Notices.Unanswered> missing = notices.unanswered(notice);
        String text = messages.reminder(notice, cellName);
        int queued = 0;
        for (Notices.Unanswered member : missing) {
            String key = "notice:" + notice.id() + ":remind:" + round + ":m" + member.memberId();
            if (queue.enqueueOnce(
                    Outgoing.text(member.telegramUserId(), text, messages.answerButtons(notice.id())),
                    key,
                    clock.instant())) {
                queued++;
            }
        }
        return new Reminded(missing.size(), queued);
    }
}

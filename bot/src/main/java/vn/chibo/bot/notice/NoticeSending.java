package vn.chibo.bot.notice;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.notice.MeetingNotice;
import vn.chibo.content.notice.Notices;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.UnitGroups;
import vn.chibo.scheduler.delivery.DeliveryQueue;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * Queues a notice, and its documents after it, to every member of the cell who joined chibo, the committee members who
 * follow it, and its group: as bulk rows, paced like reminders (a group's 20 a minute included), each under its own key
 * so that nothing is sent twice to anyone however often it is asked. Reminders to those who have not answered go to
 * each of them alone, never to the group.
 */
@Component
public class NoticeSending {

    private final Members members;
    private final RoleAssignments roles;
    private final Notices notices;
    private final NoticeMessages messages;
    private final DeliveryQueue queue;
    private final UnitGroups groups;
    private final Clock clock;

    NoticeSending(
            Members members,
            RoleAssignments roles,
            Notices notices,
            NoticeMessages messages,
            DeliveryQueue queue,
            UnitGroups groups,
            Clock clock) {
        this.groups = groups;
        this.members = members;
        this.roles = roles;
        this.notices = notices;
        this.messages = messages;
        this.queue = queue;
        this.clock = clock;
    }

    /**
     * Sends the notice to the members who joined, and to the committee members who follow the cell; returns how many
     * members it was queued for.
     */
    @Transactional
    public int send(MeetingNotice notice, String cellName) {
        Map<Long, Long> joined = members.telegramOf(notice.cellId());
        String text = messages.text(notice, cellName, null);
        for (Map.Entry<Long, Long> member : joined.entrySet()) {
            String key = "notice:" + notice.id() + ":m" + member.getKey();
            queue.enqueueOnce(
                    Outgoing.text(member.getValue(), text, messages.answerButtons(notice.id())), key, clock.instant());
        }
        // The committee member who follows the cell is invited too (Hướng dẫn 42-HD/BTCTW); they do not answer.
        String invited = text + "\n\n" + messages.followerLine();
        for (long follower : roles.followersOf(notice.cellId())) {
            queue.enqueueOnce(
                    Outgoing.text(follower, invited), "notice:" + notice.id() + ":c" + follower, clock.instant());
        }
        // The cell's group, if it has one, gets the meeting and its agenda: no buttons, nobody's answer.
        groups.groupOf(notice.cellId())
                .ifPresent(group -> queue.enqueueOnce(
                        Outgoing.text(group, messages.groupText(notice, cellName)),
                        "notice:" + notice.id() + ":g" + group,
                        clock.instant()));
        sendMaterials(notice, notice.materials(), everyone(joined, notice.cellId()));
        return joined.size();
    }

    /** Whether the cell has a group linked, which its notices go to as well. */
    public boolean reachesGroup(long cellId) {
        return groups.groupOf(cellId).isPresent();
    }

    /** Documents added to a notice after it went out; returns how many members they were queued for. */
    @Transactional
    public int sendLateMaterials(MeetingNotice notice, List<String> materials) {
        notices.attachMaterials(notice.id(), materials);
        Map<Long, Long> joined = members.telegramOf(notice.cellId());
        sendMaterials(notice, materials, everyone(joined, notice.cellId()));
        return joined.size();
    }

    /**
     * {@code recipients}: each chat by the tag its keys carry ("m" and the member id; "c" and a follower's chat; "g"
     * and the group's chat).
     */
    private void sendMaterials(MeetingNotice notice, List<String> materials, Map<String, Long> recipients) {
        String caption = messages.materialCaption(notice);
        for (Map.Entry<String, Long> recipient : recipients.entrySet()) {
            for (int i = 0; i < materials.size(); i++) {
                String key = "notice:" + notice.id() + ":" + recipient.getKey() + ":f" + i;
                queue.enqueueOnce(
                        Outgoing.storedDocument(recipient.getValue(), materials.get(i), caption), key, clock.instant());
            }
        }
    }

    /** The cell's members who joined, the committee members who follow it, and its group, by their keys' tags. */
    private Map<String, Long> everyone(Map<Long, Long> joined, long cellId) {
        Map<String, Long> recipients = new java.util.LinkedHashMap<>();
        joined.forEach((member, chat) -> recipients.put("m" + member, chat));
        roles.followersOf(cellId).forEach(chat -> recipients.put("c" + chat, chat));
        groups.groupOf(cellId).ifPresent(group -> recipients.put("g" + group, group));
        return recipients;
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

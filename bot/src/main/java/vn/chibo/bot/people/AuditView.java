package vn.chibo.bot.people;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.audit.AuditEntry;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.scheduler.delivery.Button;
import vn.chibo.scheduler.delivery.CallbackData;
import vn.chibo.scheduler.delivery.Outgoing;

/** /nhatky: the audit log of the actor's subtree, newest first, a page at a time ({@code a:<offset>}). */
@Component
public class AuditView {

    public static final String PREFIX = "a";
    static final int PAGE = 15;
    /** How role entries have been written: the role's code, the person, the unit. */
    private static final Pattern ROLE_DETAILS =
            Pattern.compile("(secretary|deputy|leader|office): (.+?)(?: — (.+)| \\(Telegram \\d+\\))");

    private final AuditLog audit;
    private final Texts texts;

    AuditView(AuditLog audit, Texts texts) {
        this.audit = audit;
        this.texts = texts;
    }

    public List<Outgoing> page(Incoming in, Actor actor, int offset) {
        if (!actor.canManage()) {
            return in.kind() == Incoming.Kind.CALLBACK
                    ? List.of(Outgoing.answer(in.chatId(), in.callbackId(), texts.t("access.denied"), true))
                    : List.of(Outgoing.text(in.chatId(), texts.t("access.denied")));
        }
        List<AuditEntry> entries = audit.recent(actor.scope(), PAGE + 1, Math.max(0, offset));
        StringBuilder text = new StringBuilder(entries.isEmpty() ? texts.t("audit.empty") : texts.t("audit.header"));
        entries.stream().limit(PAGE).forEach(e -> text.append('\n')
                .append(texts.t(
                        "audit.line",
                        PartyCalendar.MOMENT.format(e.at()),
                        e.actorName(),
                        done(e.action()),
                        details(e.details()))));
        List<List<Button>> rows = new ArrayList<>();
        if (entries.size() > PAGE) {
            rows.add(List.of(Button.callback(texts.t("audit.more"), CallbackData.of(PREFIX, offset + PAGE))));
        }
        List<Outgoing> replies = new ArrayList<>();
        if (in.kind() == Incoming.Kind.CALLBACK) {
            replies.add(Outgoing.answer(in.chatId(), in.callbackId(), null, false));
        }
        replies.add(Outgoing.text(in.chatId(), text.toString(), rows));
        return replies;
    }

    /** What was done, in words: "đã giao vai trò". */
    private String done(String action) {
        return switch (action) {
            case "deadline.created" -> texts.t("audit.action.deadline_created");
            case "plan.opened" -> texts.t("audit.action.plan_opened");
            case "plan.registered" -> texts.t("audit.action.plan_registered");
            case "commendation.recorded" -> texts.t("audit.action.commendation_recorded");
            case "commendation.corrected" -> texts.t("audit.action.commendation_corrected");
            case "commendation.deleted" -> texts.t("audit.action.commendation_deleted");
            case "meeting.recorded" -> texts.t("audit.action.meeting_recorded");
            case "unit.settings" -> texts.t("audit.action.unit_settings");
            case "meeting.edited" -> texts.t("audit.action.meeting_edited");
            case "meeting.deleted" -> texts.t("audit.action.meeting_deleted");
            case "member.added" -> texts.t("audit.action.member_added");
            case "member.removed" -> texts.t("audit.action.member_removed");
            case "member.life" -> texts.t("audit.action.member_life");
            case "group.linked" -> texts.t("audit.action.group_linked");
            case "group.unlinked" -> texts.t("audit.action.group_unlinked");
            case "member.transferred" -> texts.t("audit.action.member_transferred");
            case "role.assigned" -> texts.t("audit.action.role_assigned");
            case "role.removed" -> texts.t("audit.action.role_removed");
            case "invitation.redeemed" -> texts.t("audit.action.invitation_redeemed");
            case "member.invited" -> texts.t("audit.action.member_invited");
            case "member.joined" -> texts.t("audit.action.member_joined");
            case "notice.sent" -> texts.t("audit.action.notice_sent");
            case "dues.recorded" -> texts.t("audit.action.dues_recorded");
            case "schedule.set" -> texts.t("audit.action.schedule_set");
            case "schedule.planned" -> texts.t("audit.action.schedule_planned");
            case "schedule.cleared" -> texts.t("audit.action.schedule_cleared");
            case "unit.added" -> texts.t("audit.action.unit_added");
            case "unit.renamed" -> texts.t("audit.action.unit_renamed");
            default -> texts.t("audit.action.other");
        };
    }

    /**
     * A role's entry, as older releases wrote it, reads as the role's title: "secretary: A — Chi bộ X" becomes "A — Bí
     * thư Chi bộ X"; "office: A (Telegram 5)" becomes "A — Văn phòng".
     */
    private String details(String details) {
        Matcher role = ROLE_DETAILS.matcher(details);
        if (!role.matches()) {
            return details;
        }
        String unit = role.group(3) != null ? role.group(3) : "";
        return role.group(2) + " — " + texts.t("role." + role.group(1), unit).strip();
    }
}

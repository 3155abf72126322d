package vn.chibo.bot.people;

import java.util.ArrayList;
import java.util.List;
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
                .append(texts.t("audit.line", PartyCalendar.MOMENT.format(e.at()), e.actorName(), e.details())));
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
}

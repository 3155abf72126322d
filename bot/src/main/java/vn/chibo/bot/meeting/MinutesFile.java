package vn.chibo.bot.meeting;

import org.springframework.stereotype.Component;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.MinutesDocument;
import vn.chibo.content.meeting.ResolutionValidity;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.scheduler.delivery.Outgoing;

/** A meeting's minutes (biên bản, .docx) as the file sent to a chat: on saving, and from /lichsu. */
@Component
class MinutesFile {

    private final OrgUnits units;
    private final Texts texts;

    MinutesFile(OrgUnits units, Texts texts) {
        this.units = units;
        this.texts = texts;
    }

    Outgoing of(
            long chatId,
            OrgUnit cell,
            MeetingRecord m,
            ResolutionValidity.Outcome vote,
            String chair,
            String minuteTaker,
            String presenter) {
        String committee =
                cell.parentId() == null ? "" : units.get(cell.parentId()).name();
        byte[] docx = MinutesDocument.render(
                new MinutesDocument.Heading(committee, cell.name(), null), m, vote, chair, minuteTaker, presenter);
        String fileName = "Bien-ban-" + m.kind().name().toLowerCase() + "-" + m.heldOn() + ".docx";
        return Outgoing.document(
                chatId,
                fileName,
                docx,
                texts.t("meeting.minutes_caption", m.heldOn().format(PartyCalendar.DAY)));
    }
}

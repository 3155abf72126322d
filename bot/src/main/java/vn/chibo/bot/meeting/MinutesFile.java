package vn.chibo.bot.meeting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.dues.Dues;
import vn.chibo.content.dues.MonthOfDues;
import vn.chibo.content.meeting.MeetingAssessment;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.MinutesDocument;
import vn.chibo.content.meeting.ResolutionDocument;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * A meeting's documents as the files sent to a chat, on saving and from /lichsu or a leader's drill-down: the minutes
 * (biên bản), and for a monthly meeting the resolution (nghị quyết) it adopted, dated from the committee's place name.
 */
@Component
class MinutesFile {

    private final OrgUnits units;
    private final RoleAssignments roles;
    private final Texts texts;
    private final Dues dues;

    MinutesFile(OrgUnits units, RoleAssignments roles, Texts texts, Dues dues) {
        this.dues = dues;
        this.units = units;
        this.roles = roles;
        this.texts = texts;
    }

    /**
     * The files for meeting {@code m} of {@code cell}; {@code signer} is who signs the resolution for the cell (null:
     * the cell's secretary, else its deputy, as the roles stand now).
     */
    List<Outgoing> of(
            long chatId,
            OrgUnit cell,
            MeetingRecord m,
            MeetingAssessment.Outcome assessed,
            MinutesDocument.Names names,
            ResolutionDocument.Signer signer) {
        String committee =
                cell.parentId() == null ? "" : units.get(cell.parentId()).name();
        var heading = new MinutesDocument.Heading(
                committee, cell.name(), units.locality(cell).orElse(null));
        String day = m.heldOn().format(PartyCalendar.DAY);
        List<Outgoing> files = new ArrayList<>();
        files.add(Outgoing.document(
                chatId,
                MinutesDocument.fileName(m),
                MinutesDocument.render(heading, m, assessed, names, duesFor(cell, m)),
                texts.t("meeting.minutes_caption", day)));
        if (m.kind().isMonthly()) {
            files.add(Outgoing.document(
                    chatId,
                    ResolutionDocument.fileName(m),
                    ResolutionDocument.render(
                            heading, m, assessed.vote(), signer == null ? signerOf(cell, names) : signer),
                    texts.t("meeting.resolution_caption", day)));
        }
        return files;
    }

    /**
     * The dues a monthly meeting's minutes report: the meeting's month if the cell entered it, else the month before
     * (the one a meeting early in the month reviews); null when neither was entered.
     */
    private MonthOfDues duesFor(OrgUnit cell, MeetingRecord m) {
        if (!m.kind().isMonthly()) {
            return null;
        }
        YearMonth month = YearMonth.from(m.heldOn());
        return java.util.stream.Stream.of(month, month.minusMonths(1))
                .map(ym -> dues.month(cell.id(), ym))
                .filter(MonthOfDues::entered)
                .findFirst()
                .orElse(null);
    }

    /** Who signs for {@code cell} as its roles stand: the secretary, else a deputy, else the chair as secretary. */
    private ResolutionDocument.Signer signerOf(OrgUnit cell, MinutesDocument.Names names) {
        return roles.ofUnit(cell.id()).stream()
                .filter(r -> r.role() == Role.SECRETARY || r.role() == Role.DEPUTY)
                .min(Comparator.comparing(r -> r.role() == Role.SECRETARY ? 0 : 1))
                .map(this::signer)
                .orElseGet(() -> new ResolutionDocument.Signer(
                        texts.t("meeting.sign.secretary"), names.chair() == null ? "" : names.chair()));
    }

    /** The person acting for the cell, as they sign: "BÍ THƯ" or "PHÓ BÍ THƯ" and their name. */
    ResolutionDocument.Signer signer(RoleAssignment role) {
        return new ResolutionDocument.Signer(
                role.role() == Role.DEPUTY ? texts.t("meeting.sign.deputy") : texts.t("meeting.sign.secretary"),
                role.personName());
    }
}

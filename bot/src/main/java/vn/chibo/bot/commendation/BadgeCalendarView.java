package vn.chibo.bot.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.commendation.BadgeCalendar;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberEvents;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * /huyhieu: who in the person's scope reaches 30, 40, 45, ... years of membership by each of the next four
 * award dates (3/2, 19/5, 2/9, 7/11), so the office can prepare the files; badges already recorded are left out. Below
 * them, members who died in the last two years to whom a badge may be awarded posthumously (truy tặng).
 */
@Component
public class BadgeCalendarView {

    static final int OCCASIONS = 4;

    private final Members members;
    private final MemberEvents events;
    private final OrgUnits units;
    private final Commendations commendations;
    private final Texts texts;
    private final Clock clock;

    BadgeCalendarView(
            Members members,
            MemberEvents events,
            OrgUnits units,
            Commendations commendations,
            Texts texts,
            Clock clock) {
        this.members = members;
        this.events = events;
        this.units = units;
        this.commendations = commendations;
        this.texts = texts;
        this.clock = clock;
    }

    public List<Outgoing> show(Incoming in, Actor actor) {
        if (!actor.hasRole()) {
            return List.of(Outgoing.text(in.chatId(), texts.t("access.denied")));
        }
        String prefix = actor.scope().pathPrefix();
        List<Member> inScope = members.within(prefix);
        Map<Long, String> cellNames =
                units.within(prefix, OrgKind.CELL).stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::shortName));
        Map<Long, java.util.Set<Integer>> held = commendations.badgesWithin(prefix);
        LocalDate today = LocalDate.now(clock);
        List<BadgeCalendar.Occasion> occasions = BadgeCalendar.upcoming(inScope, held, today, OCCASIONS);
        List<BadgeCalendar.Posthumous> posthumous = BadgeCalendar.posthumous(
                events.diedWithin(prefix, today.minusMonths(BadgeCalendar.POSTHUMOUS_WINDOW_MONTHS)), held);

        List<String> lines = new ArrayList<>();
        lines.add(texts.t(
                "badges.title", actor.acting() != null ? actor.acting().unit().name() : texts.t("awards.everything")));
        for (BadgeCalendar.Occasion occasion : occasions) {
            lines.add("");
            lines.add(texts.t(
                    "badges.occasion",
                    occasion.awardDate().format(PartyCalendar.DAY),
                    Integer.toString(occasion.due().size())));
            Function<BadgeCalendar.Due, String> describe = d -> texts.t(
                    "badges.due",
                    Integer.toString(d.years()),
                    d.member().fullName(),
                    cellNames.getOrDefault(d.member().cellId(), ""),
                    d.member().partyJoinDate().format(PartyCalendar.DAY));
            occasion.due().forEach(d -> lines.add(describe.apply(d)));
        }
        if (!posthumous.isEmpty()) {
            lines.add("");
            lines.add(texts.t("badges.posthumous", Integer.toString(posthumous.size())));
            posthumous.forEach(p -> lines.add(texts.t(
                    "badges.posthumous.line",
                    Integer.toString(p.years()),
                    p.member().fullName(),
                    cellNames.getOrDefault(p.member().cellId(), ""),
                    p.member().partyJoinDate().format(PartyCalendar.DAY),
                    p.diedOn().format(PartyCalendar.DAY))));
        }
        long unknown = inScope.stream().filter(m -> m.partyJoinDate() == null).count();
        if (unknown > 0) {
            lines.add("");
            lines.add(texts.t("badges.unknown", Long.toString(unknown)));
        }
        return List.of(Outgoing.text(in.chatId(), String.join("\n", lines)));
    }
}

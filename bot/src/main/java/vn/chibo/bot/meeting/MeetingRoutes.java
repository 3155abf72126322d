package vn.chibo.bot.meeting;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.ButtonData;
import vn.chibo.bot.chat.ChatFeature;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.MenuItem;
import vn.chibo.bot.chat.Routes;
import vn.chibo.content.access.Actor;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * Meetings in the chat: /sinhhoat to log one, /lichsu and its {@code h:} buttons for the cell's history, and the
 * {@code ms:} buttons that confirm or return a meeting logged by the minute-taker or a cell committee member.
 */
@Component
class MeetingRoutes implements ChatFeature {

    private final MeetingHistory meetings;
    private final SubmissionButtons submissions;

    MeetingRoutes(MeetingHistory meetings, SubmissionButtons submissions) {
        this.meetings = meetings;
        this.submissions = submissions;
    }

    @Override
    public void register(Routes routes) {
        routes.command("sinhhoat", meetings::start)
                .command("lichsu", meetings::list)
                .button(MeetingHistory.PREFIX, this::press)
                .button(MeetingSubmitting.PREFIX, submissions::press)
                .menu(new MenuItem(
                        "meeting",
                        1,
                        0,
                        "menu.meeting",
                        actor -> actor.actsForCell() || actor.logsMeetingsForConfirmation(),
                        meetings::start))
                .menu(new MenuItem("history", 1, 1, "menu.history", Actor::actsForCell, meetings::list));
    }

    /** {@code h:list}, {@code h:<id>} or {@code h:<id>:<action>}. */
    private List<Outgoing> press(Incoming in, Actor actor, ButtonData data) {
        if (data.field(0).equals("list")) {
            return meetings.list(in, actor);
        }
        return meetings.press(in, actor, data.field(0), data.from(1));
    }
}

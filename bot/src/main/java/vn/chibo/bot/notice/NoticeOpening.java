package vn.chibo.bot.notice;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chibo.bot.chat.Incoming;
import vn.chibo.bot.chat.form.Forms;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.content.access.Actor;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.scheduler.delivery.Outgoing;

/**
 * Opens the notice form from elsewhere: "📣 Gửi thông báo triệu tập" under a meeting reminder gives the meeting's day and
 * time, so the secretary starts at the kind of meeting.
 */
@Component
public class NoticeOpening {

    private final Forms forms;
    private final NoticeForm form;

    NoticeOpening(Forms forms, NoticeForm form) {
        this.forms = forms;
        this.form = form;
    }

    public List<Outgoing> forMeeting(Incoming in, Actor actor, LocalDateTime start) {
        String time = start.toLocalTime().toString();
        return forms.startGiven(
                form,
                in,
                actor,
                Map.of(NoticeForm.DATE, start.toLocalDate().toString(), NoticeForm.START, time),
                Map.of(
                        NoticeForm.DATE,
                        start.toLocalDate().format(PartyCalendar.DAY),
                        NoticeForm.START,
                        Readers.times(time).get(0).label()));
    }
}

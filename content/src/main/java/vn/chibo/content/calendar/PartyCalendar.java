package vn.chibo.content.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** The calendar chibo's people live by, named once: their time zone, how they write dates, the Party's founding. */
public final class PartyCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Dates as Vietnamese documents write them: "9/6/2022". */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
    /** The same form, read strictly: "31/2/2002" is refused rather than moved to 2 March. */
    public static final DateTimeFormatter DAY_STRICT =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** A month as people write it: "6/2022". */
    public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("M/yyyy");
    /** A moment in a log: "14:05 9/6/2022", in Vietnam's time. */
    public static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("HH:mm d/M/yyyy").withZone(ZONE);
    /** No party date (a join date, a meeting, a decision) can be earlier: 3 February 1930. */
    public static final LocalDate PARTY_FOUNDED = LocalDate.of(1930, 2, 3);

    private PartyCalendar() {}
}

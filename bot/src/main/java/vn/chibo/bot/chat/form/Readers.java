package vn.chibo.bot.chat.form;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.calendar.DateReading;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.calendar.VietnameseDates;

/** Typed answers every form reads the same way, each refused with one precise Vietnamese sentence. */
@Component
public class Readers {

    private final Texts texts;
    private final Clock clock;

    public Readers(Texts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    /** A line of text of 2 to {@code max} characters. */
    public Parsed line(String text, int max) {
        String value = text.strip();
        if (value.length() < 2) {
            return Parsed.wrong(texts.t("meeting.text.too_short"));
        }
        if (value.length() > max) {
            return Parsed.wrong(
                    texts.t("meeting.text.too_long", Integer.toString(max), Integer.toString(value.length())));
        }
        return Parsed.ok(value);
    }

    /** A day as people write it ("9/6", "hôm qua", "thứ 5 tuần trước"), or a button's ISO date. */
    public Optional<DateReading> day(String text) {
        return Optional.of(isoDate(text)
                .map(d -> new DateReading(d, null, null))
                .orElseGet(() -> VietnameseDates.date(text, today())));
    }

    /** A day that has come already and is not before the Party existed: when something was held or signed. */
    public Parsed pastDay(String text) {
        return pastDay(text, day -> texts.t("meeting.date.future", day));
    }

    /** As {@link #pastDay(String)}; {@code future} says why a day to come is refused, given that day. */
    public Parsed pastDay(String text, Function<String, String> future) {
        DateReading reading = isoDate(text)
                .map(d -> new DateReading(d, null, null))
                .orElseGet(() -> VietnameseDates.past(text, today()));
        if (!reading.ok()) {
            return Parsed.wrong(notADay(reading, text));
        }
        LocalDate date = reading.date();
        if (date.isAfter(today())) {
            return Parsed.wrong(future.apply(date.format(PartyCalendar.DAY)));
        }
        if (date.isBefore(PartyCalendar.PARTY_FOUNDED)) {
            return Parsed.wrong(texts.t("input.date_before_party", date.format(PartyCalendar.DAY)));
        }
        return Parsed.ok(date.toString(), date.format(PartyCalendar.DAY));
    }

    /**
     * A day from today on, within a year: when something is to happen. {@code past} says why a day gone by is
     * refused, given that day as people write it.
     */
    public Parsed comingDay(String text, Function<String, String> past) {
        DateReading reading = VietnameseDates.upcoming(text, today());
        if (!reading.ok()) {
            return Parsed.wrong(notADay(reading, text));
        }
        LocalDate date = reading.date();
        if (date.isBefore(today())) {
            return Parsed.wrong(past.apply(date.format(PartyCalendar.DAY)));
        }
        if (date.isAfter(today().plusYears(1))) {
            return Parsed.wrong(texts.t("schedule.date.too_far", date.format(PartyCalendar.DAY)));
        }
        return Parsed.ok(date.toString(), date.format(PartyCalendar.DAY));
    }

    /** Why {@code text} is not a day. */
    public String notADay(DateReading reading, String text) {
        return reading.problem() == DateReading.Problem.NO_SUCH_DAY
                ? texts.t("meeting.date.no_such_day", text.strip())
                : texts.t("meeting.date.not_a_date", text.strip());
    }

    /** A time of day ("14h", "14:30"), after {@code after} when that is given. */
    public Parsed time(String text, LocalTime after) {
        Optional<LocalTime> time = VietnameseDates.time(text);
        if (time.isEmpty()) {
            return Parsed.wrong(texts.t("meeting.time.invalid", text.strip()));
        }
        if (after != null && !time.get().isAfter(after)) {
            return Parsed.wrong(texts.t("meeting.time.before_start", label(time.get()), label(after)));
        }
        return Parsed.ok(time.get().toString(), label(time.get()));
    }

    /** A start time, or a start and an end typed at once ("14h - 16h30"): the end then answers {@code endKey} too. */
    public Parsed startOrRange(String text, String endKey) {
        Optional<VietnameseDates.TimeRange> range = VietnameseDates.timeRange(text);
        if (range.isPresent()) {
            LocalTime start = range.get().start();
            LocalTime end = range.get().end();
            return Parsed.ok(start.toString(), label(start)).and(endKey, end.toString(), label(end));
        }
        return time(text, null);
    }

    /** Times offered as ready answers ("7:30" → "7h30"). */
    public static List<Option> times(String... values) {
        return Arrays.stream(values)
                .map(v -> {
                    LocalTime t = VietnameseDates.time(v.replace(':', 'h')).orElseThrow();
                    return new Option(label(t), t.toString());
                })
                .toList();
    }

    /** A time as people write it: "14h", "7h30". */
    public static String label(LocalTime time) {
        return time.getHour() + "h" + (time.getMinute() == 0 ? "" : String.format("%02d", time.getMinute()));
    }

    /** Today in Hà Nội, by the application clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Optional<LocalDate> isoDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

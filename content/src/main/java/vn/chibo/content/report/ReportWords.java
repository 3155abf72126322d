package vn.chibo.content.report;

import java.util.Arrays;
import vn.chibo.content.status.Overview;
import vn.chibo.content.status.Period;
import vn.chibo.content.text.VietnameseMessages;

/** The report's sentences, from {@code vn/chibo/content/report/report_vi.properties}, and the forms its figures take. */
final class ReportWords {

    private static final VietnameseMessages WORDS = new VietnameseMessages("vn.chibo.content.report.report");

    private ReportWords() {}

    /** A sentence; numbers are written plainly (a year is 2026, never "2.026"). */
    static String r(String key, Object... args) {
        Object[] plain = Arrays.stream(args)
                .map(a -> a instanceof Number n ? n.toString() : a)
                .toArray();
        return WORDS.t(key, plain);
    }

    /** "01/3/2026": day padded as committee documents write it. */
    private static String day(java.time.LocalDate date) {
        return String.format("%02d/%d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** "tháng 11 năm 2026", "quý 4 năm 2026", "6 tháng đầu năm 2026", "năm 2026". */
    static String period(Period period) {
        return switch (period.kind()) {
            case MONTH -> r("period.month", period.number(), period.year());
            case QUARTER -> r("period.quarter", period.number(), period.year());
            case HALF -> period.number() == 1 ? r("period.half.1", period.year()) : r("period.half.2", period.year());
            case YEAR -> r("period.year", period.year());
            case RANGE -> r("period.range", day(period.from()), day(period.to()));
        };
    }

    /** A count as committee reports write it: two digits at least ("04 tập thể"). */
    static String two(int count) {
        return String.format("%02d", count);
    }

    /** A share as the seeds write it: "100%", "87%". */
    static String percent(Overview.Tally tally) {
        return tally.percent() + "%";
    }

    static String percent(int done, int of) {
        return percent(new Overview.Tally(done, of));
    }
}

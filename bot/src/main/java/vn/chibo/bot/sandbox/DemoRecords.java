package vn.chibo.bot.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.commendation.Commendation;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;

/** The demo organisation's office records: a report's submissions and the commendations, seeded with their dates. */
final class DemoRecords {

    private final Members members;
    private final Deadlines deadlines;
    private final Commendations commendations;
    private final Clock clock;

    DemoRecords(Members members, Deadlines deadlines, Commendations commendations, Clock clock) {
        this.members = members;
        this.deadlines = deadlines;
        this.commendations = commendations;
        this.clock = clock;
    }

    /**
     * A monthly report due on the 5th, for the six months past: the first cell always on time, the second late once,
     * the third late once and not yet for the latest month (so /quahan has something to say).
     */
    void reports(OrgUnit committee, List<OrgUnit> cells) {
        LocalDate today = LocalDate.now(clock);
        LocalDate latest = today.getDayOfMonth() > 5
                ? today.withDayOfMonth(5)
                : today.minusMonths(1).withDayOfMonth(5);
        Deadline monthly = deadlines.create(
                committee, "Báo cáo tháng", latest.minusMonths(5), 1, Deadline.Targets.DIRECT, List.of(), null, null);
        List<LocalDate> due = monthly.dueDatesBetween(latest.minusMonths(5), latest);
        for (int m = 0; m < due.size(); m++) {
            submitted(monthly, cells.get(0), due.get(m), -2);
            submitted(monthly, cells.get(1), due.get(m), m == 2 ? 4 : -1);
            if (m < due.size() - 1) {
                submitted(monthly, cells.get(2), due.get(m), m == 1 ? 6 : 0);
            }
        }
    }

    private void submitted(Deadline deadline, OrgUnit cell, LocalDate due, int daysAfter) {
        Instant at =
                due.plusDays(daysAfter).atTime(9, 30).atZone(clock.getZone()).toInstant();
        deadlines.submitAt(deadline.id(), cell.id(), due, at, null);
    }

    /**
     * This year's and last year's commendations: the second cell's Bằng khen, two members' Giấy khen, and the Huy
     * hiệu 40 năm of the first cell's eldest member (awarded on 19/5 of his fortieth year, or last 7/11 if that is to
     * come).
     */
    void commendations(List<OrgUnit> cells) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        List<Member> first = members.ofCell(cells.get(0).id());
        List<Member> second = members.ofCell(cells.get(1).id());
        Member eldest = first.get(0);
        LocalDate fortieth = LocalDate.of(eldest.partyJoinDate().getYear() + 40, 5, 19);
        String lastYear = "Hoàn thành xuất sắc nhiệm vụ năm " + (year - 1);
        commendations.record(
                List.of(
                        award(cells.get(1), null, AwardForm.MERIT, null, "Ban Thường vụ Tỉnh ủy", lastYear)
                                .decided("125-QĐ/TU", LocalDate.of(year, 1, 15)),
                        award(cells.get(1), second.get(1), AwardForm.COMMENDATION, null, "Đảng ủy Sở Tư pháp", lastYear)
                                .decided("12-QĐ/ĐU", LocalDate.of(year, 1, 20)),
                        award(
                                        cells.get(0),
                                        first.get(2),
                                        AwardForm.COMMENDATION,
                                        null,
                                        "Đảng ủy Sở Tư pháp",
                                        "Hoàn thành xuất sắc nhiệm vụ năm " + (year - 2))
                                .decided("9-QĐ/ĐU", LocalDate.of(year - 1, 1, 18)),
                        award(cells.get(0), eldest, AwardForm.BADGE, 40, "Ban Thường vụ Tỉnh ủy", null)
                                .decided(
                                        "88-QĐ/TU",
                                        fortieth.isAfter(today) ? LocalDate.of(year - 1, 11, 7) : fortieth)),
                null);
    }

    /** A commendation to be dated: for the cell itself ({@code member} null) or one of its members. */
    private record Award(
            OrgUnit cell, Member member, AwardForm form, Integer badgeYears, String issuer, String achievement) {

        Commendation decided(String number, LocalDate on) {
            return new Commendation(
                    cell.id(),
                    member == null ? null : member.id(),
                    member == null ? cell.name() : member.fullName(),
                    form,
                    null,
                    badgeYears,
                    issuer,
                    achievement,
                    null,
                    List.of(),
                    number,
                    on,
                    List.of());
        }
    }

    private static Award award(
            OrgUnit cell, Member member, AwardForm form, Integer badgeYears, String issuer, String achievement) {
        return new Award(cell, member, form, badgeYears, issuer, achievement);
    }
}

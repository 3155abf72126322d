package vn.chibo.bot.sandbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.bot.telegram.TokenConditions;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.meeting.Attendance;
import vn.chibo.content.meeting.MeetingKind;
import vn.chibo.content.meeting.MeetingRecord;
import vn.chibo.content.meeting.Meetings;
import vn.chibo.content.meeting.Presence;
import vn.chibo.content.meeting.Votes;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * Seeds a small, believable organisation into an empty sandbox database, with eleven months of history behind it
 * (monthly meetings, a combined thematic one each quarter, a thematic meeting, a forum and an extraordinary meeting, a few absences, two months one cell missed, a
 * probationary member due for full membership, a monthly report submitted on time, late and not at all,
 * commendations of several forms), so that every view and chart shows something on first try.
 */
@Component
@Conditional(TokenConditions.NoToken.class)
class DemoOrganisation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final OrgUnits units;
    private final Members members;
    private final RoleAssignments roles;
    private final Meetings meetings;
    private final DemoRecords records;
    private final Clock clock;

    DemoOrganisation(
            OrgUnits units,
            Members members,
            RoleAssignments roles,
            Meetings meetings,
            Deadlines deadlines,
            Commendations commendations,
            Clock clock) {
        this.units = units;
        this.members = members;
        this.roles = roles;
        this.meetings = meetings;
        this.records = new DemoRecords(members, deadlines, commendations, clock);
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!units.isEmpty()) {
            return;
        }
        OrgUnit bloc = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Ủy ban nhân dân tỉnh", "ĐB UBND tỉnh");
        // The place name every document of the demo is dated from: set once on the top committee, inherited below.
        units.setLocality(bloc.id(), "Ninh Bình");
        OrgUnit justice = units.add(bloc.id(), OrgKind.COMMITTEE, "Đảng bộ Sở Tư pháp", "ĐB Sở Tư pháp");
        OrgUnit admin = units.add(justice.id(), OrgKind.CELL, "Chi bộ Phòng Hành chính", "CB Hành chính");
        OrgUnit office = units.add(justice.id(), OrgKind.CELL, "Chi bộ Văn phòng", "CB Văn phòng");
        OrgUnit legal = units.add(justice.id(), OrgKind.CELL, "Chi bộ Phòng Bổ trợ tư pháp", "CB Bổ trợ TP");

        addMembers(
                admin, "Nguyễn Văn An", "Phạm Thị Hoa", "Hoàng Văn Nam", "Vũ Thị Lan", "Đặng Quốc Huy", "Bùi Thị Thu");
        addMembers(office, "Trần Thị Bình", "Ngô Văn Đức", "Đỗ Thị Mai", "Lý Văn Phúc", "Trịnh Thị Ngọc");
        addMembers(legal, "Phan Văn Long", "Dương Thị Yến", "Mai Văn Sơn", "Tạ Thị Hạnh");

        roles.assign(admin, Role.SECRETARY, DemoPersona.SECRETARY.name(), DemoPersona.SECRETARY.userId());
        roles.assign(justice, Role.LEADER, DemoPersona.LEADER.name(), DemoPersona.LEADER.userId());
        roles.assign(office, Role.SECRETARY, DemoPersona.LEADER.name(), DemoPersona.LEADER.userId());
        roles.assign(justice, Role.OFFICE, DemoPersona.OFFICE.name(), DemoPersona.OFFICE.userId());
        members.ofCell(admin.id()).stream()
                .filter(m -> m.fullName().equals(DemoPersona.MEMBER.name()))
                .findFirst()
                .ifPresent(hoa -> members.linkTelegram(hoa, DemoPersona.MEMBER.userId()));
        List<OrgUnit> cells = List.of(admin, office, legal);
        int held = 0;
        for (int c = 0; c < cells.size(); c++) {
            held += history(cells.get(c), c);
        }
        records.reports(justice, cells);
        records.commendations(cells);
        log.info("Seeded the sandbox's demo organisation: {} with 3 cells and {} past meetings", justice.name(), held);
    }

    private void addMembers(OrgUnit cell, String... names) {
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < names.length; i++) {
            boolean last = i == names.length - 1;
            MemberStatus status =
                    last ? MemberStatus.PROBATIONARY : i == 3 ? MemberStatus.EXEMPT : MemberStatus.OFFICIAL;
            // A probationary member joined within the year: the first is due for full membership next month.
            LocalDate joined =
                    last ? today.minusMonths(11).minusDays(names.length) : LocalDate.of(1985 + i * 4, 1 + i, 3 + i);
            members.add(cell, names[i], status, joined);
        }
    }

    /**
     * The cell's meetings of the eleven months before this one and of this one so far; the third cell missed two, and
     * the first has not met yet this month. Returns how many.
     */
    private int history(OrgUnit cell, int nth) {
        List<Member> people = members.ofCell(cell.id());
        YearMonth now = YearMonth.now(clock);
        int held = 0;
        LocalDate today = LocalDate.now(clock);
        for (int back = 11; back >= 0; back--) {
            if (nth == 2 && (back == 2 || back == 5) || nth == 0 && back == 0) {
                continue;
            }
            YearMonth month = now.minusMonths(back);
            // This month the two other cells have met already, a day or two ago (when the month has had those days);
            // the demo secretary's cell has not, so that logging this month's meeting is the first thing to try.
            LocalDate heldOn = back > 0 ? month.atDay(8 + nth) : today.minusDays(nth);
            if (!YearMonth.from(heldOn).equals(month)) {
                continue;
            }
            boolean thematic = month.getMonthValue() % 3 == 0;
            int absent = 2 + (back + nth) % (people.size() - 2);
            List<Attendance> attendance = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                Member m = people.get(i);
                Presence presence = i != absent
                        ? Presence.PRESENT
                        : back % 4 == 0 ? Presence.ABSENT_UNEXCUSED : Presence.ABSENT_EXCUSED;
                attendance.add(new Attendance(m.id(), m.fullName(), m.status(), presence));
            }
            held += record(cell, people, thematic ? MeetingKind.COMBINED : MeetingKind.MONTHLY, heldOn, attendance);
            // Besides the monthly ones, one meeting of each other kind over the year, each in its own cell and month.
            MeetingKind other = back == 4 + nth ? OTHER_KINDS.get(nth) : null;
            if (other != null) {
                held += record(cell, people, other, month.atDay(22), attendance);
            }
        }
        return held;
    }

    private static final List<MeetingKind> OTHER_KINDS =
            List.of(MeetingKind.THEMATIC, MeetingKind.FORUM, MeetingKind.EXTRAORDINARY);

    private static final Map<MeetingKind, String> TOPICS = Map.of(
            MeetingKind.COMBINED, "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            MeetingKind.THEMATIC, "Nâng cao chất lượng sinh hoạt chi bộ theo Hướng dẫn 42-HD/BTCTW",
            MeetingKind.FORUM, "Đảng viên trẻ với chuyển đổi số trong cơ quan",
            MeetingKind.EXTRAORDINARY, "Xem xét, đề nghị công nhận đảng viên chính thức");

    /** Stores one past meeting of the cell; returns 1. */
    private int record(
            OrgUnit cell, List<Member> people, MeetingKind kind, LocalDate heldOn, List<Attendance> attendance) {
        int voters = (int) attendance.stream()
                .filter(a -> a.present() && a.status() == MemberStatus.OFFICIAL)
                .count();
        YearMonth month = YearMonth.from(heldOn);
        boolean topical = TOPICS.containsKey(kind);
        meetings.record(
                new MeetingRecord(
                        cell.id(),
                        kind,
                        heldOn,
                        LocalTime.of(14, 0),
                        LocalTime.of(16, 0),
                        "Phòng họp tầng 2",
                        TOPICS.get(kind),
                        List.of(),
                        attendance,
                        null,
                        people.get(0).id(),
                        people.get(1).id(),
                        topical ? people.get(0).id() : null,
                        "Chi bộ hoàn thành các nhiệm vụ tháng "
                                + month.minusMonths(1).getMonthValue() + ".",
                        "Thống nhất phân công đảng viên theo dõi các nhiệm vụ trọng tâm.",
                        "Triển khai kế hoạch công tác tháng " + month.getMonthValue() + ".",
                        "Chi bộ thống nhất ban hành nghị quyết tháng.",
                        new Votes(voters, 0, 0),
                        List.of()),
                null,
                DemoPersona.SECRETARY.userId());
        return 1;
    }
}

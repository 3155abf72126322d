package vn.chibo.benchmark;

import java.io.PrintStream;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.deadline.Deadline;
import vn.chibo.content.deadline.Deadlines;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * The status benchmark's committee, written through chibo's own storage: by default 61 sub-committees, 5,200 cells of
 * 25 members, a year of meetings with their attendance, 10,000 commendations, 20 deadlines with their submissions,
 * and the year's plan registered by every sub-committee. Another number of cells scales the sub-committees and the
 * commendations with it (one sub-committee to about 85 cells, two commendations a cell).
 */
final class CommitteeData {

    static final int CELLS = 5_200;
    static final int MEMBERS_PER_CELL = 25;

    private CommitteeData() {}

    static OrgUnit generate(ConfigurableApplicationContext chibo, PrintStream out) {
        return generate(chibo, out, CELLS);
    }

    static OrgUnit generate(ConfigurableApplicationContext chibo, PrintStream out, int cellCount) {
        int subCount = Math.max(1, Math.round(cellCount * 61f / CELLS));
        Random random = new Random(42);
        OrgUnits units = chibo.getBean(OrgUnits.class);
        JdbcTemplate jdbc = chibo.getBean(JdbcTemplate.class);
        LocalDate today = LocalDate.now(PartyCalendar.ZONE);
        OrgUnit top = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Khối các cơ quan tỉnh", "ĐB Khối");
        List<OrgUnit> subs = new ArrayList<>();
        for (int i = 0; i < subCount; i++) {
            subs.add(units.add(top.id(), OrgKind.COMMITTEE, "Đảng bộ cơ sở số " + (i + 1), "ĐBCS " + (i + 1)));
        }
        List<OrgUnit> cells = new ArrayList<>();
        for (int i = 0; i < cellCount; i++) {
            cells.add(units.add(subs.get(i % subCount).id(), OrgKind.CELL, "Chi bộ số " + (i + 1), "CB " + (i + 1)));
        }
        List<Object[]> members = new ArrayList<>();
        for (OrgUnit cell : cells) {
            for (int j = 0; j < MEMBERS_PER_CELL + random.nextInt(3) - 1; j++) {
                members.add(new Object[] {
                    cell.id(),
                    "Đảng viên " + cell.id() + "-" + j,
                    j % 10 == 0 ? "PROBATIONARY" : "OFFICIAL",
                    Date.valueOf(today.minusDays(365L * (2 + random.nextInt(50))))
                });
            }
        }
        insert(jdbc, "INSERT INTO member (cell_id, full_name, status, party_join_date) VALUES (?, ?, ?, ?)", members);
        Map<Long, List<long[]>> byCell = new java.util.HashMap<>();
        jdbc.query("SELECT id, cell_id FROM member", rs -> {
            byCell.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new long[] {rs.getLong(1)});
        });
        out.printf("Organisation: %d sub-committees, %,d cells, %,d members%n", subCount, cellCount, members.size());

        long meetingId = 1;
        int meetingCount = 0;
        long attendanceCount = 0;
        Timestamp now = Timestamp.from(Instant.now());
        // Written month by month, so that 52,000 cells' attendance (some 14 million rows) never sits in memory at once.
        for (YearMonth m = YearMonth.from(today).minusMonths(11);
                !m.isAfter(YearMonth.from(today));
                m = m.plusMonths(1)) {
            List<Object[]> meetings = new ArrayList<>();
            List<Object[]> attendance = new ArrayList<>();
            for (OrgUnit cell : cells) {
                boolean thematicMonth = m.getMonthValue() % 3 == 2;
                String kind = thematicMonth && random.nextInt(10) < 7 ? "COMBINED" : "MONTHLY";
                if (random.nextInt(100) >= 92) {
                    continue;
                }
                LocalDate day = m.atDay(
                        1 + random.nextInt(Math.min(25, m.equals(YearMonth.from(today)) ? today.getDayOfMonth() : 25)));
                meetings.add(new Object[] {
                    meetingId,
                    cell.id(),
                    kind,
                    Date.valueOf(day),
                    Time.valueOf(LocalTime.of(8, 0)),
                    Time.valueOf(LocalTime.of(10, 0)),
                    "Hội trường",
                    kind.equals("COMBINED") ? "Chuyên đề quý " + ((m.getMonthValue() - 1) / 3 + 1) : null,
                    20,
                    0,
                    0,
                    now,
                    now
                });
                for (long[] member : byCell.get(cell.id())) {
                    int r = random.nextInt(100);
                    String presence = r < 90 ? "PRESENT" : r < 98 ? "ABSENT_EXCUSED" : "ABSENT_UNEXCUSED";
                    attendance.add(new Object[] {meetingId, member[0], "Đảng viên", "OFFICIAL", presence});
                }
                meetingId++;
            }
            insert(
                    jdbc,
                    "INSERT INTO meeting (id, cell_id, kind, held_on, starts_at, ends_at, place, topic, votes_agree,"
                            + " votes_disagree, votes_abstain, recorded_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    meetings);
            insert(
                    jdbc,
                    "INSERT INTO meeting_attendance (meeting_id, member_id, member_name, member_status, presence)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    attendance);
            meetingCount += meetings.size();
            attendanceCount += attendance.size();
        }
        jdbc.execute("ALTER TABLE meeting ALTER COLUMN id RESTART WITH " + meetingId);
        out.printf("Meetings: %,d with %,d attendance rows%n", meetingCount, attendanceCount);

        String[] forms = {"MERIT", "COMMENDATION", "BANNER", "PRAISE"};
        String[] issuers = {"Đảng ủy Khối các cơ quan tỉnh", "Tỉnh ủy", "Thủ tướng Chính phủ", "Đảng ủy cơ sở"};
        List<Object[]> awards = new ArrayList<>();
        int awardCount = Math.round(cellCount * 10_000f / CELLS);
        for (int i = 0; i < awardCount; i++) {
            OrgUnit cell = cells.get(random.nextInt(cellCount));
            boolean person = random.nextBoolean();
            Long member = person ? byCell.get(cell.id()).get(0)[0] : null;
            awards.add(new Object[] {
                cell.id(),
                member,
                person ? "Đảng viên" : cell.name(),
                forms[random.nextInt(forms.length)],
                issuers[random.nextInt(issuers.length)],
                today.getYear() - random.nextInt(2),
                now
            });
        }
        chibo.getBean(vn.chibo.content.meeting.Absences.class).rebuild();
        insert(
                jdbc,
                "INSERT INTO commendation (unit_id, member_id, recipient_name, form, issuer, awarded_year, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                awards);
        Deadlines deadlines = chibo.getBean(Deadlines.class);
        List<Object[]> submissions = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            LocalDate due = today.withDayOfYear(1).plusDays(18L * i);
            Deadline d =
                    deadlines.create(top, "Báo cáo số " + (i + 1), due, 0, Deadline.Targets.CELLS, List.of(), null, 1L);
            if (due.isBefore(today)) {
                for (OrgUnit cell : cells) {
                    if (random.nextInt(10) < 9) {
                        submissions.add(new Object[] {d.id(), cell.id(), Date.valueOf(due), now});
                    }
                }
            }
        }
        insert(
                jdbc,
                "INSERT INTO report_submission (deadline_id, unit_id, due_on, submitted_at) VALUES (?, ?, ?, ?)",
                submissions);
        // The year's plan for the sub-committees, every one registered with a topic per quarter (the one its
        // cells' combined meetings carry), so that the report matches each against a year of thematic meetings.
        jdbc.update(
                "INSERT INTO annual_plan (committee_id, plan_year, due_on, targets, created_at) VALUES (?, ?, ?, 'DIRECT', ?)",
                top.id(),
                today.getYear(),
                Date.valueOf(LocalDate.of(today.getYear(), 1, 31)),
                now);
        long plan = jdbc.queryForObject("SELECT id FROM annual_plan WHERE committee_id = ?", Long.class, top.id());
        List<Object[]> registrations = new ArrayList<>();
        for (OrgUnit sub : subs) {
            registrations.add(new Object[] {
                plan,
                sub.id(),
                "Chuyên đề quý 1",
                "Chuyên đề quý 2",
                "Chuyên đề quý 3",
                "Chuyên đề quý 4",
                "Đoàn kết, trách nhiệm",
                "Mỗi đảng viên một việc làm cụ thể",
                now
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO plan_registration (plan_id, unit_id, topic_q1, topic_q2, topic_q3, topic_q4, model_name,"
                        + " model_content, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                registrations);
        out.printf(
                "Commendations: %,d; deadlines: 20 with %,d submissions; the year's plan with %d registrations%n",
                awards.size(), submissions.size(), registrations.size());
        return top;
    }

    /** Writes {@code rows} with {@code sql}, 50,000 to a batch. */
    private static void insert(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 50_000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 50_000)));
        }
    }
}

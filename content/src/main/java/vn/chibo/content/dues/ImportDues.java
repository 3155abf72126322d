package vn.chibo.content.dues;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.access.Actor;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.roster.Fold;

/**
 * Imports a cell's dues book ({@link DuesSheet}) for the person who enters its dues: every row must name one of the
 * cell's members, every month must be one of the last 12 and none to come; if anything is wrong, nothing is kept and
 * every problem is named. Members the file leaves out keep what was recorded for them.
 */
@Service
public class ImportDues {

    /** How far back a book may go, as the chat's form allows. */
    public static final int MONTHS_BACK = 12;

    public sealed interface Result {
        /** {@code paid}, {@code unpaid}: member-months; {@code notInFile}: the cell's members the file leaves out. */
        record Imported(OrgUnit cell, int members, List<YearMonth> months, int paid, int unpaid, List<String> notInFile)
                implements Result {}

        record Rejected(List<DuesSheet.Problem> problems) implements Result {}
    }

    private final Members members;
    private final Dues dues;
    private final AuditLog audit;
    private final Clock clock;

    public ImportDues(Members members, Dues dues, AuditLog audit, Clock clock) {
        this.members = members;
        this.dues = dues;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result run(byte[] content, Actor actor) {
        if (!actor.recordsDues()) {
            return new Result.Rejected(List.of(new DuesSheet.Problem(0, "not_allowed", List.of())));
        }
        OrgUnit cell = actor.acting().unit();
        DuesSheet.Read read = DuesSheet.read(content);
        if (read.notABook()) {
            return new Result.Rejected(read.problems());
        }
        List<DuesSheet.Problem> problems = new ArrayList<>(read.problems());
        YearMonth now = YearMonth.now(clock);
        for (YearMonth month : read.months()) {
            if (month.isAfter(now) || month.isBefore(now.minusMonths(MONTHS_BACK))) {
                problems.add(new DuesSheet.Problem(0, "month_out_of_range", List.of(label(month))));
            }
        }
        List<Member> list = members.ofCell(cell.id());
        Map<String, List<Member>> byName = new HashMap<>();
        list.forEach(m -> byName.computeIfAbsent(Fold.of(m.fullName()), k -> new ArrayList<>())
                .add(m));
        Map<Long, DuesSheet.Line> rows = new HashMap<>();
        for (DuesSheet.Line line : read.lines()) {
            List<Member> named = byName.getOrDefault(Fold.of(line.name()), List.of());
            if (named.size() != 1) {
                problems.add(new DuesSheet.Problem(
                        line.line(), named.isEmpty() ? "unknown_member" : "ambiguous_member", List.of(line.name())));
            } else if (rows.putIfAbsent(named.get(0).id(), line) != null) {
                problems.add(new DuesSheet.Problem(line.line(), "duplicate_member", List.of(line.name())));
            }
        }
        if (!problems.isEmpty()) {
            return new Result.Rejected(problems);
        }
        int paid = 0;
        int unpaid = 0;
        for (Map.Entry<Long, DuesSheet.Line> row : rows.entrySet()) {
            for (Map.Entry<YearMonth, DuesSheet.Cell> month :
                    row.getValue().months().entrySet()) {
                DuesSheet.Cell c = month.getValue();
                dues.put(row.getKey(), month.getKey(), c.paid(), c.amount(), actor.telegramUserId());
                if (c.paid()) {
                    paid++;
                } else {
                    unpaid++;
                }
            }
        }
        Set<Long> inFile = new HashSet<>(rows.keySet());
        List<String> left = list.stream()
                .filter(m -> !inFile.contains(m.id()))
                .map(Member::fullName)
                .toList();
        audit.record(
                actor,
                cell,
                "dues.imported",
                String.join(", ", read.months().stream().map(ImportDues::label).toList()) + " — " + rows.size());
        return new Result.Imported(cell, rows.size(), read.months(), paid, unpaid, left);
    }

    static String label(YearMonth month) {
        return month.format(PartyCalendar.MONTH);
    }
}

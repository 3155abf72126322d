package vn.chibo.content.roster;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chibo.content.access.Role;
import vn.chibo.content.calendar.PartyCalendar;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.text.CleanText;

/** Checks each row on its own, then the rows together (duplicates, a unit used as both cell and committee). */
final class RosterValidation {

    static final int MAX_NAME = Members.MAX_NAME;

    private static final Map<String, MemberStatus> STATUSES = Map.of(
            "chinh thuc",
            MemberStatus.OFFICIAL,
            "official",
            MemberStatus.OFFICIAL,
            "du bi",
            MemberStatus.PROBATIONARY,
            "probationary",
            MemberStatus.PROBATIONARY,
            "mien sinh hoat",
            MemberStatus.EXEMPT,
            "exempt",
            MemberStatus.EXEMPT);

    /** Roles as people write them, folded: "Bí thư" is {@code secretary}. */
    private static final Map<String, Role> ROLE_WORDS = Map.of(
            "bi thu", Role.SECRETARY,
            "pho bi thu", Role.DEPUTY,
            "lanh dao", Role.LEADER,
            "van phong", Role.OFFICE,
            "chi uy vien", Role.CELL_COMMITTEE,
            "thu ky", Role.MINUTE_TAKER,
            "thu dang phi", Role.TREASURER);

    /** What cross-row checks need of a row, kept even when the row has other problems. */
    private record Placement(int line, List<String> path, String name, boolean memberRow, boolean cellRow) {}

    final List<RosterEntry> entries = new ArrayList<>();
    final List<RowProblem> problems = new ArrayList<>();
    private final List<Placement> placements = new ArrayList<>();

    RosterValidation(List<RosterRow> rows, LocalDate today) {
        rows.forEach(row -> entry(row, today));
        checkTogether();
    }

    private void entry(RosterRow row, LocalDate today) {
        int before = problems.size();
        List<String> path = path(row);
        Role role = role(row);
        boolean memberRow = RosterEntry.isMemberRole(role);
        String name = CleanText.name(row.memberName());
        if (name.isEmpty()) {
            problems.add(RowProblem.of(row.line(), Problem.NAME_MISSING));
        } else if (name.length() > MAX_NAME) {
            problems.add(RowProblem.of(row.line(), Problem.NAME_TOO_LONG, MAX_NAME));
        }
        MemberStatus status = status(row, memberRow);
        LocalDate joined = joined(row, today);
        if (!name.isEmpty() && !path.isEmpty() && path.stream().noneMatch(String::isEmpty)) {
            placements.add(new Placement(row.line(), path, name, memberRow, role == null || role.heldOnCell()));
        }
        if (problems.size() == before) {
            entries.add(new RosterEntry(row.line(), path, name, status, joined, role));
        }
    }

    private List<String> path(RosterRow row) {
        if (row.orgPath().isBlank()) {
            problems.add(RowProblem.of(row.line(), Problem.ORG_PATH_MISSING));
            return List.of();
        }
        List<String> path =
                Arrays.stream(row.orgPath().split("/", -1)).map(CleanText::name).toList();
        if (path.stream().anyMatch(String::isEmpty)) {
            problems.add(RowProblem.of(row.line(), Problem.ORG_PATH_BAD_SEGMENT));
        }
        path.stream()
                .filter(name -> name.length() > OrgUnits.MAX_NAME)
                .findFirst()
                .ifPresent(name -> problems.add(RowProblem.of(
                        row.line(), Problem.UNIT_NAME_TOO_LONG, name.substring(0, 40) + "…", OrgUnits.MAX_NAME)));
        return path;
    }

    private Role role(RosterRow row) {
        String role = row.role().strip().toLowerCase();
        if (role.isEmpty()) {
            return null;
        }
        Role named = ROLE_WORDS.get(Fold.of(role));
        if (named != null) {
            return named;
        }
        try {
            return Role.valueOf(role.toUpperCase());
        } catch (IllegalArgumentException e) {
            problems.add(RowProblem.of(row.line(), Problem.ROLE_UNKNOWN, row.role()));
            return null;
        }
    }

    private MemberStatus status(RosterRow row, boolean memberRow) {
        if (row.memberStatus().isBlank()) {
            if (memberRow) {
                problems.add(RowProblem.of(row.line(), Problem.STATUS_MISSING));
            }
            return null;
        }
        MemberStatus status = STATUSES.get(Fold.of(row.memberStatus()));
        if (status == null) {
            problems.add(RowProblem.of(row.line(), Problem.STATUS_UNKNOWN, row.memberStatus()));
        }
        return status;
    }

    private LocalDate joined(RosterRow row, LocalDate today) {
        String text = row.partyJoinDate().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text, PartyCalendar.DAY_STRICT);
            if (date.isAfter(today)) {
                problems.add(RowProblem.of(row.line(), Problem.DATE_IN_FUTURE, text));
            } else if (date.isBefore(PartyCalendar.PARTY_FOUNDED)) {
                problems.add(RowProblem.of(row.line(), Problem.DATE_TOO_EARLY, text));
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(RowProblem.of(row.line(), Problem.DATE_INVALID, text));
            return null;
        }
    }

    private void checkTogether() {
        Map<String, Placement> members = new HashMap<>();
        Map<List<String>, Integer> cellLines = new HashMap<>();
        Map<List<String>, Integer> committeeLines = new HashMap<>();
        for (Placement entry : placements) {
            if (entry.memberRow()) {
                String key = String.join("/", entry.path()) + "|" + Fold.of(entry.name());
                Placement earlier = members.putIfAbsent(key, entry);
                if (earlier != null) {
                    problems.add(RowProblem.of(
                            entry.line(), Problem.DUPLICATE_MEMBER, entry.name(), last(entry.path()), earlier.line()));
                }
            }
            if (entry.cellRow()) {
                cellLines.putIfAbsent(entry.path(), entry.line());
            } else {
                committeeLines.putIfAbsent(entry.path(), entry.line());
            }
            for (int i = 1; i < entry.path().size(); i++) {
                committeeLines.putIfAbsent(entry.path().subList(0, i), entry.line());
            }
        }
        cellLines.forEach((path, line) -> {
            if (committeeLines.containsKey(path)) {
                problems.add(RowProblem.of(
                        Math.max(line, committeeLines.get(path)),
                        Problem.CELL_AND_COMMITTEE,
                        String.join(" / ", path)));
            }
        });
    }

    static String last(List<String> path) {
        return path.get(path.size() - 1);
    }
}

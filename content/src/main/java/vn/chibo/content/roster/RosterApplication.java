package vn.chibo.content.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Invitation;
import vn.chibo.content.access.Invitations;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberEvents;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;
import vn.chibo.content.text.Words;

/**
 * One roster import being applied, in the transaction {@link RosterImport} opened: units found or created along each
 * path, each cell's members and each unit's role holders made what the file says, every change counted and audited.
 */
final class RosterApplication {

    private final OrgUnits units;
    private final Members members;
    private final RoleAssignments roles;
    private final Invitations invitations;
    private final AuditLog audit;
    private final List<RosterEntry> entries;
    private final Actor actor;
    private final Map<List<String>, OrgUnit> resolved = new HashMap<>();
    private final List<Invitation> issued = new ArrayList<>();
    private final List<String> unitsCreated = new ArrayList<>();
    private final List<ImportReport.Placed> added = new ArrayList<>();
    private final List<ImportReport.Placed> updated = new ArrayList<>();
    private final List<ImportReport.Moved> transferred = new ArrayList<>();
    private final List<ImportReport.Placed> removed = new ArrayList<>();
    private final List<ImportReport.Held> rolesAdded = new ArrayList<>();
    private final List<ImportReport.Held> rolesRemoved = new ArrayList<>();

    private final MemberEvents events;

    RosterApplication(
            OrgUnits units,
            Members members,
            RoleAssignments roles,
            Invitations invitations,
            AuditLog audit,
            MemberEvents events,
            List<RosterEntry> entries,
            Actor actor) {
        this.events = events;
        this.units = units;
        this.members = members;
        this.roles = roles;
        this.invitations = invitations;
        this.audit = audit;
        this.entries = entries;
        this.actor = actor;
    }

    ImportReport apply(int rows) {
        Map<List<String>, List<RosterEntry>> byCell = entries.stream()
                .filter(RosterEntry::isMemberRow)
                .collect(Collectors.groupingBy(RosterEntry::path, LinkedHashMap::new, Collectors.toList()));
        entries.forEach(e -> unit(e.path(), e.isCellRow() ? OrgKind.CELL : OrgKind.COMMITTEE));
        syncMembers(byCell);
        // A unit's role holders are the file's only where the file names a role for that unit: a file without a role
        // column, or with it left empty for a cell, is a list of members and takes no role from anyone.
        Map<List<String>, List<RosterEntry>> roleTargets = new LinkedHashMap<>();
        entries.stream().filter(e -> e.role() != null).forEach(e -> roleTargets
                .computeIfAbsent(e.path(), p -> new ArrayList<>())
                .add(e));
        roleTargets.forEach(this::syncRoles);
        List<RoleAssignment> awaiting = roleTargets.keySet().stream()
                .flatMap(path -> roles.ofUnit(resolved.get(path).id()).stream())
                .filter(r -> r.telegramUserId() == null)
                .toList();
        var report = new ImportReport(
                rows,
                List.copyOf(unitsCreated),
                List.copyOf(added),
                List.copyOf(updated),
                List.copyOf(transferred),
                List.copyOf(removed),
                List.copyOf(rolesAdded),
                List.copyOf(rolesRemoved),
                !roleTargets.isEmpty(),
                List.copyOf(issued),
                awaiting);
        if (!report.changedNothing()) {
            OrgUnit where = actor.canManage() && !actor.admin()
                    ? actor.acting().unit()
                    : resolved.get(entries.get(0).path().subList(0, 1));
            audit.record(
                    actor,
                    where,
                    "roster.imported",
                    Words.t(
                            "audit.roster_imported",
                            Stream.of(
                                            rows,
                                            unitsCreated.size(),
                                            added.size(),
                                            updated.size(),
                                            transferred.size(),
                                            removed.size(),
                                            rolesAdded.size(),
                                            rolesRemoved.size())
                                    .map(String::valueOf)
                                    .toArray()));
        }
        return report;
    }

    private OrgUnit unit(List<String> path, OrgKind kind) {
        OrgUnit known = resolved.get(path);
        if (known != null) {
            return known;
        }
        OrgUnit parent = path.size() == 1 ? null : unit(path.subList(0, path.size() - 1), OrgKind.COMMITTEE);
        String name = RosterValidation.last(path);
        OrgUnit unit = units.findChild(parent == null ? null : parent.id(), name)
                .orElseGet(() -> {
                    unitsCreated.add(String.join(" / ", path));
                    return units.add(parent == null ? null : parent.id(), kind, name, OrgUnits.shortNameOf(name));
                });
        resolved.put(List.copyOf(path), unit);
        return unit;
    }

    private void syncMembers(Map<List<String>, List<RosterEntry>> byCell) {
        // In the file's order, so that what is reported reads as the file does.
        Map<String, List<Member>> leaving = new LinkedHashMap<>();
        Map<String, List<RosterEntry>> arriving = new LinkedHashMap<>();
        Map<RosterEntry, OrgUnit> arrivingCell = new HashMap<>();
        for (var cell : byCell.entrySet()) {
            OrgUnit unit = resolved.get(cell.getKey());
            Map<String, Member> current = members.ofCell(unit.id()).stream()
                    .collect(Collectors.toMap(m -> Fold.of(m.fullName()), m -> m, (a, b) -> a, LinkedHashMap::new));
            for (RosterEntry entry : cell.getValue()) {
                Member member = current.remove(Fold.of(entry.name()));
                if (member != null) {
                    updateIfChanged(member, entry);
                } else {
                    arriving.computeIfAbsent(Fold.of(entry.name()), n -> new ArrayList<>())
                            .add(entry);
                    arrivingCell.put(entry, unit);
                }
            }
            current.values().forEach(m -> leaving.computeIfAbsent(Fold.of(m.fullName()), n -> new ArrayList<>())
                    .add(m));
        }
        for (var arrival : arriving.entrySet()) {
            List<Member> candidates = leaving.getOrDefault(arrival.getKey(), List.of());
            if (arrival.getValue().size() == 1 && candidates.size() == 1) {
                RosterEntry entry = arrival.getValue().get(0);
                Member leaver = candidates.get(0);
                OrgUnit to = arrivingCell.get(entry);
                Member moved = members.transfer(leaver, to, actor.telegramUserId());
                leaving.remove(arrival.getKey());
                String from = units.find(leaver.cellId()).map(OrgUnit::name).orElse("");
                transferred.add(new ImportReport.Moved(moved.fullName(), from, to.name()));
                audit.record(actor, to, "member.transferred", moved.fullName() + ": " + from + " → " + to.name());
                if (changed(moved, entry)) {
                    members.update(moved, entry.status(), entry.joined());
                }
            } else {
                for (RosterEntry entry : arrival.getValue()) {
                    OrgUnit cell = arrivingCell.get(entry);
                    Member member = members.add(cell, entry.name(), entry.status(), entry.joined());
                    // A probationary member added from a roster was admitted on that day, as one added by hand.
                    events.admitted(member, actor.telegramUserId());
                    added.add(new ImportReport.Placed(entry.name(), cell.name()));
                }
            }
        }
        // Removal keeps the member's row (inactive) and so every record that names them; the audit names each one.
        leaving.values().stream().flatMap(List::stream).forEach(m -> {
            OrgUnit cell = units.find(m.cellId()).orElseThrow();
            members.remove(m);
            removed.add(new ImportReport.Placed(m.fullName(), cell.name()));
            audit.record(actor, cell, "member.removed", m.fullName() + " — " + cell.name());
        });
    }

    private void updateIfChanged(Member member, RosterEntry entry) {
        if (changed(member, entry)) {
            members.update(member, entry.status(), entry.joined());
            updated.add(new ImportReport.Placed(member.fullName(), RosterValidation.last(entry.path())));
        }
    }

    private boolean changed(Member member, RosterEntry entry) {
        return member.status() != entry.status() || !Objects.equals(member.partyJoinDate(), entry.joined());
    }

    private void syncRoles(List<String> path, List<RosterEntry> roleRows) {
        OrgUnit unit = resolved.get(path);
        Map<String, RosterEntry> wanted = new LinkedHashMap<>();
        roleRows.forEach(e -> wanted.putIfAbsent(e.role() + "|" + Fold.of(e.name()), e));
        Set<String> have = new java.util.HashSet<>();
        for (RoleAssignment current : roles.ofUnit(unit.id())) {
            String key = current.role() + "|" + Fold.of(current.personName());
            if (wanted.containsKey(key)) {
                have.add(key);
            } else {
                roles.remove(current.id());
                rolesRemoved.add(new ImportReport.Held(current.role(), current.personName(), unit.name()));
                audit.record(actor, unit, "role.removed", describe(current.role(), current.personName(), unit));
            }
        }
        wanted.forEach((key, entry) -> {
            if (!have.contains(key)) {
                RoleAssignment role = roles.assign(unit, entry.role(), entry.name(), null);
                issued.add(invitations.issue(role, actor.telegramUserId(), Invitations.DEFAULT_VALIDITY));
                rolesAdded.add(new ImportReport.Held(entry.role(), entry.name(), unit.name()));
                audit.record(actor, unit, "role.assigned", describe(entry.role(), entry.name(), unit));
            }
        });
    }

    private String describe(Role role, String person, OrgUnit unit) {
        return role.name().toLowerCase() + ": " + person + " — " + unit.name();
    }
}

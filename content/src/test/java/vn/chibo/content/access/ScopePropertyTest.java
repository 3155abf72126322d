package vn.chibo.content.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/**
 * For random organisations and every person in them, each scoped query returns exactly the records of
 * that person's part of the tree: nothing outside it, nothing inside it missed. The expectation is
 * computed from the generated tree in memory, independently of the SQL under test.
 */
@SpringBootTest
@Transactional
class ScopePropertyTest {

    @Autowired
    OrgUnits units;

    @Autowired
    Members members;

    @Autowired
    RoleAssignments roles;

    @Autowired
    AuditLog audit;

    final Map<Long, List<Long>> children = new HashMap<>();
    final Map<Long, Integer> membersPerCell = new HashMap<>();
    final Map<Long, Integer> auditPerUnit = new HashMap<>();
    final List<OrgUnit> all = new ArrayList<>();
    final List<RoleAssignment> people = new ArrayList<>();
    Random random;
    long nextUser = 1_000;

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 2026, 1930})
    void everyoneSeesExactlyTheirSubtree(long seed) {
        random = new Random(seed);
        int roots = 1 + random.nextInt(2);
        for (int i = 0; i < roots; i++) {
            grow(null, "Đảng bộ " + seed + "-" + i, 0);
        }

        for (RoleAssignment person : people) {
            Actor actor = new Actor(person.telegramUserId(), person.personName(), person, false);
            checkScope(actor, subtreeOf(person.unit().id()));
        }
        checkScope(
                new Actor(1, "Quản trị", null, true),
                all.stream().map(OrgUnit::id).toList());
        Actor nobody = new Actor(2, "Người lạ", null, false);
        assertThat(units.within(nobody.scope().pathPrefix(), OrgKind.CELL)).isEmpty();
        assertThat(roles.within(nobody.scope())).isEmpty();
        assertThat(audit.recent(nobody.scope(), 10_000, 0)).isEmpty();
    }

    private void checkScope(Actor actor, List<Long> visible) {
        Scope scope = actor.scope();
        List<Long> cells = visible.stream()
                .filter(id -> !children.containsKey(id) || membersPerCell.containsKey(id))
                .filter(membersPerCell::containsKey)
                .toList();
        assertThat(units.within(scope.pathPrefix(), OrgKind.CELL))
                .extracting(OrgUnit::id)
                .containsExactlyInAnyOrderElementsOf(cells);
        assertThat(members.countWithin(scope.pathPrefix()))
                .isEqualTo(cells.stream().mapToLong(membersPerCell::get).sum());
        assertThat(roles.within(scope))
                .allSatisfy(r -> assertThat(visible).contains(r.unit().id()));
        assertThat(roles.within(scope)).hasSize((int)
                people.stream().filter(p -> visible.contains(p.unit().id())).count());
        assertThat(audit.recent(scope, 100_000, 0))
                .hasSize(visible.stream()
                        .mapToInt(id -> auditPerUnit.getOrDefault(id, 0))
                        .sum());
    }

    private void grow(OrgUnit parent, String name, int depth) {
        boolean cell = parent != null && (depth >= 3 || random.nextInt(3) == 0);
        OrgUnit unit =
                units.add(parent == null ? null : parent.id(), cell ? OrgKind.CELL : OrgKind.COMMITTEE, name, name);
        all.add(unit);
        if (parent != null) {
            children.computeIfAbsent(parent.id(), id -> new ArrayList<>()).add(unit.id());
        }
        int entries = random.nextInt(3);
        for (int i = 0; i < entries; i++) {
            audit.record(null, "test", unit.path(), "test", "entry " + i);
        }
        auditPerUnit.put(unit.id(), entries);
        if (cell) {
            int count = random.nextInt(5);
            for (int i = 0; i < count; i++) {
                Member member =
                        members.add(unit, name + " đảng viên " + i, MemberStatus.OFFICIAL, LocalDate.of(2000, 1, 1));
                if (i == 0) {
                    people.add(roles.assign(unit, Role.SECRETARY, member.fullName(), nextUser++));
                }
            }
            membersPerCell.put(unit.id(), count);
            return;
        }
        people.add(
                roles.assign(unit, random.nextBoolean() ? Role.LEADER : Role.OFFICE, name + " lãnh đạo", nextUser++));
        int kids = 1 + random.nextInt(4);
        for (int i = 0; i < kids; i++) {
            grow(unit, name + "/" + i, depth + 1);
        }
    }

    private List<Long> subtreeOf(long unitId) {
        List<Long> out = new ArrayList<>();
        out.add(unitId);
        for (long child : children.getOrDefault(unitId, List.of())) {
            out.addAll(subtreeOf(child));
        }
        return out;
    }
}

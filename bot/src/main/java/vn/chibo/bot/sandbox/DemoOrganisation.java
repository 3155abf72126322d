package vn.chibo.bot.sandbox;

import java.time.LocalDate;
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
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/** Seeds a small, believable organisation into an empty sandbox database. */
@Component
@Conditional(TokenConditions.NoToken.class)
class DemoOrganisation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

    private final OrgUnits units;
    private final Members members;
    private final RoleAssignments roles;

    DemoOrganisation(OrgUnits units, Members members, RoleAssignments roles) {
        this.units = units;
        this.members = members;
        this.roles = roles;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!units.isEmpty()) {
            return;
        }
        OrgUnit bloc = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Khối các cơ quan tỉnh", "ĐB Khối CCQ");
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
        log.info("Seeded the sandbox's demo organisation: {} with 3 cells", justice.name());
    }

    private void addMembers(OrgUnit cell, String... names) {
        for (int i = 0; i < names.length; i++) {
            MemberStatus status = i == names.length - 1
                    ? MemberStatus.PROBATIONARY
                    : i == 3 ? MemberStatus.EXEMPT : MemberStatus.OFFICIAL;
            members.add(cell, names[i], status, LocalDate.of(1985 + i * 4, 1 + i, 3 + i));
        }
    }
}

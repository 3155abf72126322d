package vn.chibo.content.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.access.RoleAssignments;
import vn.chibo.content.audit.AuditLog;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

@SpringBootTest
@Transactional
class RosterImportTest {

    static final Actor ADMIN = new Actor(1, "Quản trị", null, true);

    static final String HEADER = "org_path,member_name,member_status,party_join_date,role\n";
    static final String TOP = "Đảng bộ Khối";
    static final String SUB = TOP + " / Đảng bộ Sở Tư pháp";
    static final String CELL_A = SUB + " / Chi bộ Phòng Hành chính";
    static final String CELL_B = SUB + " / Chi bộ Văn phòng";

    static final String THREE_LEVELS = HEADER
            + CELL_A + ",Nguyễn Văn An,chính thức,9/6/2002,secretary\n"
            + CELL_A + ",Phạm Thị Hoa,Chính thức,19/5/1995,\n"
            + CELL_A + ",Hoàng Văn Nam,dự bị,3/2/2026,\n"
            + CELL_B + ",Trần Thị Bình,chính thức,7/11/1990,secretary\n"
            + CELL_B + ",Ngô Văn Đức,miễn sinh hoạt,2/9/1965,\n"
            + SUB + ",Trần Thị Bình,,,leader\n"
            + SUB + ",Lê Thu Trang,,,office\n";

    @Autowired
    RosterImport roster;

    @Autowired
    OrgUnits units;

    @Autowired
    Members members;

    @Autowired
    RoleAssignments roles;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    vn.chibo.content.org.MemberEvents memberEvents;

    @Test
    void importsAThreeLevelTreeWithMembersRolesAndInvitations() {
        ImportReport report = imported(roster.run(csv(THREE_LEVELS), ADMIN));

        assertThat(report.unitsCreated()).hasSize(4);
        assertThat(report.membersAdded()).hasSize(5);
        assertThat(report.rolesAdded()).hasSize(4);
        assertThat(report.invitations()).hasSize(4).allSatisfy(i -> assertThat(i.code())
                .matches("[A-Za-z0-9_-]{22}"));
        assertThat(report.awaitingLink()).hasSize(4);
        OrgUnit cellA = unit(TOP, "Đảng bộ Sở Tư pháp", "Chi bộ Phòng Hành chính");
        assertThat(cellA.kind()).isEqualTo(OrgKind.CELL);
        assertThat(cellA.shortName()).isEqualTo("CB Phòng Hành chính");
        assertThat(members.ofCell(cellA.id()))
                .extracting(Member::fullName, Member::status, Member::partyJoinDate)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "Nguyễn Văn An", MemberStatus.OFFICIAL, LocalDate.of(2002, 6, 9)),
                        org.assertj.core.groups.Tuple.tuple(
                                "Phạm Thị Hoa", MemberStatus.OFFICIAL, LocalDate.of(1995, 5, 19)),
                        org.assertj.core.groups.Tuple.tuple(
                                "Hoàng Văn Nam", MemberStatus.PROBATIONARY, LocalDate.of(2026, 2, 3)));
        Member nam = members.ofCell(cellA.id()).stream()
                .filter(m -> m.fullName().equals("Hoàng Văn Nam"))
                .findFirst()
                .orElseThrow();
        assertThat(memberEvents.of(nam.id()))
                .as("a probationary member imported was admitted on their day")
                .extracting(e -> e.kind() + " " + e.on())
                .containsExactly("ADMITTED 2026-02-03");
        OrgUnit sub = unit(TOP, "Đảng bộ Sở Tư pháp");
        assertThat(roles.ofUnit(sub.id()))
                .extracting(r -> r.role() + " " + r.personName())
                .containsExactlyInAnyOrder("LEADER Trần Thị Bình", "OFFICE Lê Thu Trang");
        assertThat(members.ofCell(sub.id()))
                .as("leaders are not members of the committee itself")
                .isEmpty();
    }

    @Test
    void aMinuteTakerAndACellCommitteeMemberAreMembersOfTheirCellAndAFollowerIsNot() {
        String file = HEADER
                + CELL_A + ",Nguyễn Văn An,chính thức,9/6/2002,Bí thư\n"
                + CELL_A + ",Phạm Thị Hoa,chính thức,19/5/1995,Thư ký\n"
                + CELL_A + ",Hoàng Văn Nam,chính thức,3/2/2016,Chi ủy viên\n"
                + CELL_A + ",Lê Quốc Khánh,,,follower\n";

        imported(roster.run(csv(file), ADMIN));

        OrgUnit cellA = unit(TOP, "Đảng bộ Sở Tư pháp", "Chi bộ Phòng Hành chính");
        assertThat(cellA.kind())
                .as("a follower's row names a cell, not a committee")
                .isEqualTo(OrgKind.CELL);
        assertThat(members.ofCell(cellA.id()))
                .extracting(Member::fullName)
                .containsExactlyInAnyOrder("Nguyễn Văn An", "Phạm Thị Hoa", "Hoàng Văn Nam");
        assertThat(roles.ofUnit(cellA.id()))
                .extracting(r -> r.role() + " " + r.personName())
                .containsExactlyInAnyOrder(
                        "SECRETARY Nguyễn Văn An",
                        "MINUTE_TAKER Phạm Thị Hoa",
                        "CELL_COMMITTEE Hoàng Văn Nam",
                        "FOLLOWER Lê Quốc Khánh");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        roster.run(csv(THREE_LEVELS), ADMIN);
        long auditBefore =
                jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();

        ImportReport again = imported(roster.run(csv(THREE_LEVELS), ADMIN));

        assertThat(again.changedNothing()).isTrue();
        assertThat(again.invitations()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry")
                        .query(Long.class)
                        .single())
                .isEqualTo(auditBefore);
    }

    @Test
    void aChangedFileUpdatesInPlaceAndATransferKeepsTheMember() {
        roster.run(csv(THREE_LEVELS), ADMIN);
        OrgUnit cellA = unit(TOP, "Đảng bộ Sở Tư pháp", "Chi bộ Phòng Hành chính");
        long namId = memberNamed(cellA, "Hoàng Văn Nam").id();
        String changed = HEADER
                + CELL_A + ",Nguyễn Văn An,chính thức,9/6/2002,secretary\n"
                + CELL_A + ",Phạm Thị Hoa,Chính thức,19/5/1995,deputy\n"
                + CELL_B + ",Trần Thị Bình,chính thức,7/11/1990,secretary\n"
                + CELL_B + ",Hoàng Văn Nam,chính thức,3/2/2026,\n"
                + SUB + ",Trần Thị Bình,,,leader\n"
                + SUB + ",Lê Thu Trang,,,office\n";

        ImportReport report = imported(roster.run(csv(changed), ADMIN));

        assertThat(report.membersTransferred())
                .containsExactly(
                        new ImportReport.Moved("Hoàng Văn Nam", "Chi bộ Phòng Hành chính", "Chi bộ Văn phòng"));
        assertThat(report.membersRemoved())
                .as("Ngô Văn Đức left the file")
                .containsExactly(new ImportReport.Placed("Ngô Văn Đức", "Chi bộ Văn phòng"));
        assertThat(report.membersAdded()).isEmpty();
        assertThat(report.rolesAdded())
                .containsExactly(new ImportReport.Held(Role.DEPUTY, "Phạm Thị Hoa", "Chi bộ Phòng Hành chính"));
        OrgUnit cellB = unit(TOP, "Đảng bộ Sở Tư pháp", "Chi bộ Văn phòng");
        Member nam = memberNamed(cellB, "Hoàng Văn Nam");
        assertThat(nam.id()).isEqualTo(namId);
        assertThat(nam.status()).isEqualTo(MemberStatus.OFFICIAL);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_transfer WHERE member_id = ?")
                        .param(namId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aPreviewNamesEveryChangeAndWritesNothingThenTheImportDoesExactlyThat() {
        roster.run(csv(THREE_LEVELS), ADMIN);
        String changed = HEADER
                + CELL_A + ",Nguyễn Văn An,chính thức,9/6/2002,secretary\n"
                + CELL_A + ",Phạm Thị Hoa,Chính thức,19/5/1995,\n"
                + CELL_B + ",Lý Văn Phúc,chính thức,1/1/2001,secretary\n"
                + CELL_B + ",Hoàng Văn Nam,chính thức,3/2/2026,\n"
                + SUB + " / Chi bộ Mới,Bùi Thị Thu,dự bị,1/3/2026,\n";
        List<Long> before = tableSizes();

        RosterImport.Result previewed = roster.preview(csv(changed), ADMIN);

        assertThat(previewed).isInstanceOf(RosterImport.Result.Previewed.class);
        ImportReport plan = ((RosterImport.Result.Previewed) previewed).report();
        assertThat(tableSizes()).as("a preview writes nothing").isEqualTo(before);
        assertThat(plan.unitsCreated()).containsExactly(SUB + " / Chi bộ Mới");
        assertThat(plan.membersAdded())
                .containsExactlyInAnyOrder(
                        new ImportReport.Placed("Lý Văn Phúc", "Chi bộ Văn phòng"),
                        new ImportReport.Placed("Bùi Thị Thu", "Chi bộ Mới"));
        assertThat(plan.membersTransferred())
                .containsExactly(
                        new ImportReport.Moved("Hoàng Văn Nam", "Chi bộ Phòng Hành chính", "Chi bộ Văn phòng"));
        assertThat(plan.membersRemoved())
                .containsExactlyInAnyOrder(
                        new ImportReport.Placed("Trần Thị Bình", "Chi bộ Văn phòng"),
                        new ImportReport.Placed("Ngô Văn Đức", "Chi bộ Văn phòng"));
        assertThat(plan.rolesRemoved())
                .containsExactly(new ImportReport.Held(Role.SECRETARY, "Trần Thị Bình", "Chi bộ Văn phòng"));
        assertThat(plan.rolesAdded())
                .containsExactly(new ImportReport.Held(Role.SECRETARY, "Lý Văn Phúc", "Chi bộ Văn phòng"));
        assertThat(plan.invitations()).as("a preview issues no link").isEmpty();
        assertThat(plan.rolesGoverned()).isTrue();
        assertThat(plan.removesAnyone()).isTrue();

        ImportReport done = imported(roster.run(csv(changed), ADMIN));

        assertThat(done.previewed()).isEqualTo(plan);
        assertThat(done.invitations()).hasSize(1);
        OrgUnit sub = unit(TOP, "Đảng bộ Sở Tư pháp");
        assertThat(roles.ofUnit(sub.id()))
                .as("the committee named no role in this file: its leader and office stay")
                .extracting(r -> r.role() + " " + r.personName())
                .containsExactlyInAnyOrder("LEADER Trần Thị Bình", "OFFICE Lê Thu Trang");
        assertThat(audit.recent(vn.chibo.content.access.Scope.of(sub), 20, 0))
                .extracting(e -> e.action() + " " + e.details())
                .contains(
                        "member.removed Ngô Văn Đức — Chi bộ Văn phòng",
                        "member.removed Trần Thị Bình — Chi bộ Văn phòng",
                        "member.transferred Hoàng Văn Nam: Chi bộ Phòng Hành chính → Chi bộ Văn phòng");
    }

    @Test
    void aFileWithoutARoleColumnOrWithItEmptyTakesNoRoleFromAnyone() {
        roster.run(csv(THREE_LEVELS), ADMIN);
        OrgUnit cellA = unit(TOP, "Đảng bộ Sở Tư pháp", "Chi bộ Phòng Hành chính");
        String noRoleColumn = "org_path,member_name,member_status,party_join_date\n"
                + CELL_A + ",Nguyễn Văn An,chính thức,9/6/2002\n"
                + CELL_A + ",Phạm Thị Hoa,Chính thức,19/5/1995\n"
                + CELL_A + ",Hoàng Văn Nam,dự bị,3/2/2026\n";
        String emptyRoles = HEADER
                + CELL_A + ",Nguyễn Văn An,chính thức,9/6/2002,\n"
                + CELL_A + ",Phạm Thị Hoa,Chính thức,19/5/1995,\n"
                + CELL_A + ",Hoàng Văn Nam,dự bị,3/2/2026,\n";

        ImportReport without = imported(roster.run(csv(noRoleColumn), ADMIN));
        ImportReport empty = imported(roster.run(csv(emptyRoles), ADMIN));

        assertThat(without.changedNothing()).isTrue();
        assertThat(without.rolesGoverned()).isFalse();
        assertThat(empty.changedNothing()).isTrue();
        assertThat(empty.rolesGoverned()).isFalse();
        assertThat(roles.ofUnit(cellA.id()))
                .extracting(r -> r.role() + " " + r.personName())
                .containsExactly("SECRETARY Nguyễn Văn An");
    }

    private List<Long> tableSizes() {
        return java.util.stream.Stream.of(
                        "org_unit", "member", "member_transfer", "role_assignment", "invitation", "audit_entry")
                .map(t ->
                        jdbc.sql("SELECT COUNT(*) FROM " + t).query(Long.class).single())
                .toList();
    }

    @Test
    void aFileWithErrorsIsRejectedWholeNamingEveryRowAndReason() {
        String broken = HEADER
                + CELL_A + ",Nguyễn Văn An,chính thức,31/2/2002,secretary\n"
                + CELL_A + ",,chính thức,,\n"
                + CELL_A + ",Phạm Thị Hoa,đảng viên,,\n"
                + CELL_A + ",Lê Văn Tám,dự bị,1/1/2099,\n"
                + CELL_A + ",Vũ Văn Hải,chính thức,,chairman\n"
                + CELL_A + ",nguyễn văn an,dự bị,,\n"
                + SUB + " /  / Chi bộ X,Đỗ Thị Mai,chính thức,,\n"
                + CELL_B + ",Trần Thị Bình,chính thức,7/11/1990,\n";

        List<RowProblem> problems = rejected(roster.run(csv(broken), ADMIN));

        assertThat(problems)
                .extracting(RowProblem::line, RowProblem::problem)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, Problem.DATE_INVALID),
                        org.assertj.core.groups.Tuple.tuple(3, Problem.NAME_MISSING),
                        org.assertj.core.groups.Tuple.tuple(4, Problem.STATUS_UNKNOWN),
                        org.assertj.core.groups.Tuple.tuple(5, Problem.DATE_IN_FUTURE),
                        org.assertj.core.groups.Tuple.tuple(6, Problem.ROLE_UNKNOWN),
                        org.assertj.core.groups.Tuple.tuple(7, Problem.DUPLICATE_MEMBER),
                        org.assertj.core.groups.Tuple.tuple(8, Problem.ORG_PATH_BAD_SEGMENT));
        assertThat(problems.get(0).english())
                .isEqualTo("row 2: party_join_date \"31/2/2002\" is not a date written d/M/yyyy");
        assertThat(units.isEmpty()).as("nothing half-imported").isTrue();
    }

    @Test
    void refusesAFileMissingAColumnOrThatIsNotASpreadsheet() {
        List<RowProblem> noStatus =
                rejected(roster.run(csv("org_path,member_name,party_join_date,role\nA / B,X,,\n"), ADMIN));
        List<RowProblem> garbage = rejected(roster.run(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2}, ADMIN));

        assertThat(noStatus).singleElement().satisfies(p -> assertThat(p.english())
                .isEqualTo("missing column(s): member_status"));
        assertThat(garbage).singleElement().extracting(RowProblem::problem).isEqualTo(Problem.UNREADABLE_FILE);
    }

    @Test
    void aUnitNameLongerThanItsColumnIsRefusedOnItsRow() {
        String longName = "Chi bộ " + "Phòng Hành chính Tổng hợp ".repeat(12);
        String file = HEADER + SUB + " / " + longName + ",Nguyễn Văn An,chính thức,,\n";

        List<RowProblem> problems = rejected(roster.run(csv(file), ADMIN));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.problem()).isEqualTo(Problem.UNIT_NAME_TOO_LONG);
            assertThat(p.english()).endsWith("longer than 300 characters");
        });
        assertThat(units.isEmpty()).isTrue();
    }

    @Test
    void aUnitCannotBeBothCellAndCommittee() {
        String mixed = HEADER + SUB + ",Trần Văn Ba,chính thức,,\n" + CELL_A + ",Nguyễn Văn An,chính thức,,\n";

        assertThat(rejected(roster.run(csv(mixed), ADMIN)))
                .extracting(RowProblem::problem)
                .containsExactly(Problem.CELL_AND_COMMITTEE);
    }

    @Test
    void anOfficeUserImportsOnlyInsideTheirCommittee() {
        roster.run(csv(THREE_LEVELS), ADMIN);
        OrgUnit sub = unit(TOP, "Đảng bộ Sở Tư pháp");
        var office = roles.ofUnit(sub.id()).stream()
                .filter(r -> r.role() == Role.OFFICE)
                .findFirst()
                .orElseThrow();
        Actor trang = new Actor(77, "Trang", office, false);
        String outside = HEADER + TOP + " / Đảng bộ Sở Y tế / Chi bộ Khám bệnh,Lý Văn Phúc,chính thức,,\n" + CELL_A
                + ",Bùi Thị Thu,chính thức,,\n";

        assertThat(rejected(roster.run(csv(outside), trang)))
                .extracting(RowProblem::line, RowProblem::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, Problem.OUTSIDE_SCOPE));
        String inside = HEADER + SUB + " / Chi bộ Mới,Bùi Thị Thu,chính thức,,\n";
        assertThat(imported(roster.run(csv(inside), trang)).membersAdded()).hasSize(1);
        assertThat(audit.recent(vn.chibo.content.access.Scope.of(sub), 10, 0))
                .extracting(e -> e.action())
                .contains("roster.imported");
    }

    @Test
    void readsSemicolonSeparatedCsvWithAByteOrderMark() {
        String excelStyle = "\uFEFForg_path;member_name;member_status;party_join_date;role\r\n" + TOP
                + " / Chi bộ cơ sở Xã A;Đinh Văn Lực;chính thức;1/1/2000;\r\n";

        assertThat(imported(roster.run(csv(excelStyle), ADMIN)).membersAdded()).hasSize(1);
        assertThat(unit(TOP, "Chi bộ cơ sở Xã A").shortName()).isEqualTo("CBCS Xã A");
    }

    @Test
    void theTemplateImportsAsItIsAndIsMadeToBeFilledInAndPrinted() throws Exception {
        byte[] template = RosterTemplate.xlsx();

        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Danh sách");
            List<String> headers = new java.util.ArrayList<>();
            sheet.getRow(2).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers)
                    .containsExactly(
                            "Tổ chức đảng (org_path)",
                            "Họ và tên (member_name)",
                            "Là đảng viên (member_status)",
                            "Ngày vào Đảng (party_join_date)",
                            "Vai trò (role)");
            assertThat(sheet.getColumnWidth(0) / 256).as("the path fits").isGreaterThanOrEqualTo(40);
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow())
                    .as("header frozen")
                    .isEqualTo((short) 3);
            assertThat(sheet.getPrintSetup().getPaperSize())
                    .isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:3");
            assertThat(workbook.getSheet("Hướng dẫn").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Cách điền danh sách");
        }

        ImportReport report = imported(roster.run(template, ADMIN));
        assertThat(report.membersAdded()).hasSize(2);
        OrgUnit cell = unit("Đảng bộ Sở Tư pháp", "Chi bộ Văn phòng");
        assertThat(members.ofCell(cell.id()))
                .extracting(Member::fullName, Member::status)
                .containsExactlyInAnyOrder(
                        tuple("Nguyễn Văn An", MemberStatus.OFFICIAL),
                        tuple("Trần Thị Bình", MemberStatus.PROBATIONARY));
        assertThat(roles.ofUnit(cell.id()))
                .as("the role written in Vietnamese, “bí thư”")
                .extracting(RoleAssignment::role, RoleAssignment::personName)
                .containsExactly(tuple(Role.SECRETARY, "Nguyễn Văn An"));
    }

    @Test
    void headersInVietnameseWithoutBracketsAndATitleAboveAreRead() {
        String file = "Danh sách đảng viên chi bộ\n\nTổ chức đảng,Họ và tên,Là đảng viên,Ngày vào Đảng\n" + CELL_A
                + ",Đinh Văn Lực,chính thức,1/1/2000\n";

        assertThat(imported(roster.run(csv(file), ADMIN)).membersAdded()).hasSize(1);
    }

    @Test
    void readsAnXlsxWhoseDatesAreRealDateCells() throws Exception {
        byte[] xlsx;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Danh sách");
            String[] header = {"Org_Path", "member_name", "member_status", "party_join_date", "role"};
            var head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(CELL_A);
            row.createCell(1).setCellValue("Nguyễn Văn An");
            row.createCell(2).setCellValue("chính thức");
            var date = row.createCell(3);
            date.setCellValue(LocalDate.of(2002, 6, 9));
            date.setCellStyle(dateStyle);
            row.createCell(4).setCellValue("secretary");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        imported(roster.run(xlsx, ADMIN));

        OrgUnit cellA = unit(TOP, "Đảng bộ Sở Tư pháp", "Chi bộ Phòng Hành chính");
        assertThat(memberNamed(cellA, "Nguyễn Văn An").partyJoinDate()).isEqualTo(LocalDate.of(2002, 6, 9));
    }

    private OrgUnit unit(String... names) {
        Long parent = null;
        OrgUnit unit = null;
        for (String name : names) {
            unit = units.findChild(parent, name).orElseThrow(() -> new AssertionError("no unit " + name));
            parent = unit.id();
        }
        return unit;
    }

    private Member memberNamed(OrgUnit cell, String name) {
        return members.ofCell(cell.id()).stream()
                .filter(m -> m.fullName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ImportReport imported(RosterImport.Result result) {
        assertThat(result).isInstanceOf(RosterImport.Result.Imported.class);
        return ((RosterImport.Result.Imported) result).report();
    }

    private static List<RowProblem> rejected(RosterImport.Result result) {
        assertThat(result).isInstanceOf(RosterImport.Result.Rejected.class);
        return ((RosterImport.Result.Rejected) result).problems();
    }
}

package vn.chibo.bot.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.bot.chat.form.FlowTester;
import vn.chibo.bot.chat.form.Option;
import vn.chibo.bot.chat.form.Readers;
import vn.chibo.bot.chat.form.TestTexts;
import vn.chibo.bot.telegram.BotIdentity;
import vn.chibo.bot.text.Texts;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Invitation;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.office.OrganisationChanges;
import vn.chibo.content.office.RoleChanges;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/** The office's forms as an office user goes through them, with the organisation stood in for. */
class PeopleFormsFlowTest {

    static final Clock NOW = Clock.fixed(Instant.parse("2026-12-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    static final OrgUnit COMMITTEE = new OrgUnit(1, null, OrgKind.COMMITTEE, "Đảng bộ Sở Tư pháp", "ĐB STP", "/1/");
    static final OrgUnit OFFICE_CELL = new OrgUnit(7, 1L, OrgKind.CELL, "Chi bộ Văn phòng", "CB VP", "/1/7/");
    static final OrgUnit AUDIT_CELL = new OrgUnit(8, 1L, OrgKind.CELL, "Chi bộ Thanh tra", "CB TT", "/1/8/");
    static final Actor OFFICE =
            new Actor(1004, "Trang", new RoleAssignment(4, Role.OFFICE, COMMITTEE, "Lê Thu Trang", 1004L), false);
    static final Actor SECRETARY =
            new Actor(1001, "An", new RoleAssignment(1, Role.SECRETARY, OFFICE_CELL, "Nguyễn Văn An", 1001L), false);

    final Texts texts = TestTexts.real();
    final Choices choices = mock(Choices.class);
    final Inputs inputs = new Inputs(texts, NOW);

    @BeforeEach
    void aCommitteeWithTwoCells() {
        List<Option> cells = List.of(new Option(OFFICE_CELL.name(), "7"), new Option(AUDIT_CELL.name(), "8"));
        when(choices.cells(any())).thenReturn(cells);
        when(choices.committees(any())).thenReturn(List.of(new Option(COMMITTEE.name(), "1")));
        when(choices.unitsOfBothKinds(any()))
                .thenReturn(List.of(new Option(COMMITTEE.name(), "1"), new Option(OFFICE_CELL.name(), "7")));
        when(choices.membersOf(any(), eq("cell"), any()))
                .thenReturn(List.of(new Option("Nguyễn Văn An", "11"), new Option("Phạm Thị Hoa", "12")));
        when(choices.membersOf(any(), eq("unit"), any()))
                .thenReturn(List.of(new Option("Nguyễn Văn An", "11"), new Option("Phạm Thị Hoa", "12")));
        when(choices.inScope(eq(7L), any())).thenReturn(Optional.of(OFFICE_CELL));
        when(choices.inScope(eq(1L), any())).thenReturn(Optional.of(COMMITTEE));
    }

    @Test
    void addingACellAsksTheCommitteeAndTheName() {
        var flow = FlowTester.open(new AddCellForm(texts, choices, inputs, mock(OrganisationChanges.class)), OFFICE);

        assertThat(flow.question())
                .as("the one committee in scope answers itself")
                .isEqualTo("name");
        flow.types("x");
        assertThat(flow.question()).isEqualTo("name");
        flow.types("Chi bộ Phòng Tổ chức");
        assertThat(flow.text()).contains("Chi bộ Phòng Tổ chức").contains("Đảng bộ Sở Tư pháp");
        assertThat(flow.taps("✅ Lưu").saved())
                .hasValueSatisfying(a -> assertThat(a.value("parent")).isEqualTo("1"));
    }

    @Test
    void aCommitteesPlaceNameAndShortestMeetingAreAskedShownAndRead() {
        OrgUnits units = mock(OrgUnits.class);
        when(units.find(1)).thenReturn(Optional.of(COMMITTEE));
        when(units.locality(COMMITTEE)).thenReturn(Optional.of("Hà Nội"));
        when(units.meetingMinutes(COMMITTEE)).thenReturn(Optional.empty());
        var form = new DocumentSettingsForm(
                texts, choices, new Readers(texts, NOW), units, mock(OrganisationChanges.class));
        var flow = FlowTester.open(form, OFFICE);

        assertThat(flow.question())
                .as("the one committee in scope answers itself")
                .isEqualTo("locality");
        assertThat(flow.text()).contains("Hiện tại: Hà Nội.");
        flow.types("Ninh Bình");
        assertThat(flow.text()).contains("Hiện tại: Theo quy định chung (90 phút).");
        flow.types("200");
        assertThat(flow.text()).startsWith("Đồng chí gõ số phút từ 30 đến 120.");
        flow.types("60 phút");
        assertThat(flow.text())
                .contains("• Địa danh trên văn bản: Ninh Bình")
                .contains("• Thời lượng tối thiểu: 60 phút");
        assertThat(flow.taps("✅ Lưu").saved()).hasValueSatisfying(a -> {
            assertThat(a.value("locality")).isEqualTo("Ninh Bình");
            assertThat(a.value("minutes")).isEqualTo("60");
        });
    }

    @Test
    void addingAMemberReadsTheJoinDateStrictly() {
        var form = new AddMemberForm(texts, choices, inputs, mock(OrganisationChanges.class));
        var flow = FlowTester.open(form, OFFICE)
                .taps("Chi bộ Văn phòng")
                .types("Đỗ Thị Mai")
                .taps("Chính thức");

        flow.types("31/2/2002");
        assertThat(flow.question()).isEqualTo("joined");
        assertThat(flow.text()).contains("31/2/2002");
        flow.types("9/6/2002");
        assertThat(flow.question()).isEqualTo("summary");
        assertThat(flow.taps("✅ Lưu").saved()).hasValueSatisfying(a -> {
            assertThat(a.value("status")).isEqualTo("OFFICIAL");
            assertThat(a.value("joined")).isEqualTo("2002-06-09");
        });
    }

    @Test
    void aCellsRoleGoesToOneOfItsMembersAndACommitteesRoleToANamedPerson() {
        RoleChanges roleChanges = mock(RoleChanges.class);
        when(roleChanges.give(OFFICE, 7, Role.SECRETARY, 12L, null))
                .thenReturn(new RoleChanges.Result.Refused(RoleChanges.Reason.ALREADY_HELD));
        var form = new GiveRoleForm(texts, choices, inputs, roleChanges, mock(BotIdentity.class));

        var cell = FlowTester.open(form, OFFICE).taps("Chi bộ Văn phòng");
        assertThat(cell.buttons())
                .as("a cell's roles")
                .containsExactly(
                        "Bí thư",
                        "Phó Bí thư",
                        "Chi ủy viên",
                        "Thư ký",
                        "Phụ trách thu đảng phí",
                        "Cấp ủy viên phụ trách",
                        "« Quay lại",
                        "✖ Hủy");
        cell.taps("Bí thư");
        assertThat(cell.question()).isEqualTo("member");
        assertThat(cell.taps("Phạm Thị Hoa").taps("✅ Lưu").saved())
                .hasValueSatisfying(a -> assertThat(form.save(a, OFFICE, 1004).text())
                        .isEqualTo("Đồng chí Phạm Thị Hoa đã giữ vai trò Bí thư ở Chi bộ Văn phòng."));

        var committee = FlowTester.open(form, OFFICE).taps("Đảng bộ Sở Tư pháp");
        assertThat(committee.buttons()).as("a committee's roles").startsWith("Lãnh đạo", "Văn phòng");
        committee.taps("Lãnh đạo");
        assertThat(committee.question()).isEqualTo("person");

        var follower = FlowTester.open(form, OFFICE).taps("Chi bộ Văn phòng").taps("Cấp ủy viên phụ trách");
        assertThat(follower.question())
                .as("the committee member who follows a cell is named: no member of it")
                .isEqualTo("person");
    }

    @Test
    void aTransferOffersEveryCellButTheOneTheMemberLeaves() {
        var form = new TransferMemberForm(texts, choices, mock(OrganisationChanges.class));

        var flow = FlowTester.open(form, OFFICE).taps("Chi bộ Văn phòng").taps("Phạm Thị Hoa");

        assertThat(flow.answers().value("to"))
                .as("the one other cell answers itself")
                .isEqualTo("8");
        assertThat(flow.question()).isEqualTo("summary");
    }

    @Test
    void aSecretaryCannotOpenTheOfficesForms() {
        var form = new TransferMemberForm(texts, choices, mock(OrganisationChanges.class));

        assertThat(FlowTester.open(form, SECRETARY).text())
                .isEqualTo("Đồng chí không có quyền thực hiện thao tác này.");
    }

    @Test
    void renamingACellTakesItsNewName() {
        var form = new RenameCellForm(texts, choices, inputs, mock(OrganisationChanges.class));

        var flow = FlowTester.open(form, OFFICE).taps("Chi bộ Thanh tra").types("Chi bộ Thanh tra sở");

        assertThat(flow.text()).contains("Chi bộ Thanh tra sở");
        assertThat(flow.taps("✅ Lưu").saved()).isPresent();
    }

    @Test
    void theMemberListIsReadOnlyAndNeedsOnlyTheCell() {
        var form = new MembersForm(texts, choices, mock(Members.class));

        var flow = FlowTester.open(form, OFFICE).taps("Chi bộ Thanh tra");

        assertThat(flow.saved())
                .as("no summary card: the list is shown at once")
                .hasValueSatisfying(a -> assertThat(a.value("cell")).isEqualTo("8"));
    }

    @Test
    void aNewInvitationIsForARoleHolderInScopeConfirmedFirst() {
        when(choices.roleHolders(any()))
                .thenReturn(List.of(
                        new Option("Bí thư CB VP — Nguyễn Văn An", "1"),
                        new Option("Bí thư CB TT — Phạm Thị Hoa", "2")));
        RoleChanges roleChanges = mock(RoleChanges.class);
        var hoa = new RoleAssignment(2, Role.SECRETARY, AUDIT_CELL, "Phạm Thị Hoa", null);
        when(roleChanges.reinvite(OFFICE, 2))
                .thenReturn(new RoleChanges.Result.Invited(hoa, new Invitation("c0de", hoa)));
        BotIdentity bot = mock(BotIdentity.class);
        when(bot.deepLink("c0de")).thenReturn("https://t.me/chibo_bot?start=c0de");
        var form = new InviteForm(texts, choices, roleChanges, bot);

        var flow = FlowTester.open(form, OFFICE).taps("Bí thư CB TT — Phạm Thị Hoa");

        assertThat(flow.question()).isEqualTo("summary");
        assertThat(flow.text()).startsWith("Tạo đường dẫn mời mới cho Bí thư CB TT — Phạm Thị Hoa?");
        assertThat(flow.taps("✅ Lưu").saved()).hasValueSatisfying(a -> assertThat(
                        form.save(a, OFFICE, 1004).text())
                .isEqualTo("Đường dẫn mời mới cho Bí thư CB TT — Phạm Thị Hoa (chỉ dùng được một lần, hết hạn sau 14"
                        + " ngày):\nhttps://t.me/chibo_bot?start=c0de"));
    }
}

package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.Scope;
import vn.chibo.content.commendation.AwardForm;
import vn.chibo.content.commendation.BadgeCalendar;
import vn.chibo.content.commendation.Commendation;
import vn.chibo.content.commendation.CommendationFilter;
import vn.chibo.content.commendation.Commendations;
import vn.chibo.content.commendation.StoredCommendation;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.Person;

/** Secretaries and the office record commendations from the phone; leaders find and export them. */
class CommendationIT extends EndToEndTest {

    static final DateTimeFormatter D_M_YYYY = DateTimeFormatter.ofPattern("d/M/yyyy");
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    Person an;
    OrgUnit committee;
    OrgUnit cell;
    Member veteran;
    Member young;
    Member third;

    @BeforeEach
    void aCellWithItsSecretary() {
        an = aPerson("An");
        committee = org.committee("Đảng bộ Sở Tư pháp " + an.id());
        cell = org.cellOf(committee, "Chi bộ Văn phòng " + an.id(), "CB VP " + an.id());
        Members members = chibo.bean(Members.class);
        veteran = members.add(
                cell,
                "Nguyễn Văn An",
                MemberStatus.OFFICIAL,
                TODAY.minusYears(40).minusMonths(6));
        young = members.add(cell, "Phạm Thị Hoa", MemberStatus.OFFICIAL, TODAY.minusYears(26));
        third = members.add(cell, "Hoàng Văn Nam", MemberStatus.OFFICIAL, null);
        org.give(an.id(), "Nguyễn Văn An", Role.SECRETARY, cell);
    }

    List<StoredCommendation> saved() {
        return chibo.bean(Commendations.class).find(CommendationFilter.within(Scope.of(cell)));
    }

    @Test
    void aCollectiveCommendationByButtonsAndTextEditedBeforeSaving() {
        an.sends("/khenthuong");
        tapOn(an, "Hình thức khen thưởng", "Bằng khen");
        said(an, t -> t.startsWith("Cấp nào khen thưởng?"));
        an.sends("Đảng ủy Khối các cơ quan tỉnh");
        tapOn(an, "tập thể hay cá nhân", "Tập thể");
        said(an, t -> t.startsWith("Thành tích được khen thưởng?"));
        an.sends(
                "Đã có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị 05-CT/TW giai đoạn 2021–2023");
        said(an, t -> t.startsWith("Thời gian đạt thành tích?"));
        an.sends("2023 - 2021");
        said(an, t -> t.startsWith("Khoảng thời gian “2023 - 2021” kết thúc trước khi bắt đầu."));
        tapOn(an, "Thời gian đạt thành tích?", "2021–2023");
        tapOn(an, "Văn bản liên quan", "05-CT/TW");
        said(an, t -> t.startsWith("Số quyết định khen thưởng"));
        an.sends("Quyết định số 125/QĐ-ĐUK");
        said(an, t -> t.startsWith("Ngày ký quyết định"));
        an.sends(TODAY.plusDays(2).format(D_M_YYYY));
        said(an, t -> t.startsWith("Ngày " + TODAY.plusDays(2).format(D_M_YYYY) + " chưa tới."));
        an.sends("15/12/2020");
        said(
                an,
                t -> t.startsWith("Quyết định ngày 15/12/2020 có trước khi giai đoạn thành tích (2021–2023) bắt đầu."));
        an.sends("31/4/2024");
        said(an, t -> t.startsWith("Ngày “31/4/2024” không có trên lịch."));
        an.sends("3/2/2024");
        said(an, t -> t.startsWith("Gửi ảnh bằng khen"));
        an.sendsPhoto(new byte[] {7, 7, 7}, null);
        tapOn(an, "Đã nhận 1 ảnh", "✔ Xong");

        ChatMessage summary = said(an, t -> t.startsWith("Kiểm tra trước khi lưu:"));
        assertThat(summary.text())
                .contains(
                        "• Hình thức: Bằng khen",
                        "• Cấp khen: Đảng ủy Khối các cơ quan tỉnh",
                        "• Tập thể: " + cell.name(),
                        "• Thời gian: 2021–2023",
                        "• Văn bản: 05-CT/TW",
                        "• Quyết định: 125/QĐ-ĐUK, 3/2/2024",
                        "• Ảnh: 1");
        an.taps(summary, "✏️ Cấp khen");
        said(an, t -> t.startsWith("Cấp nào khen thưởng?"));
        an.sends("Ban Thường vụ Tỉnh ủy");
        ChatMessage edited = said(an, t -> t.startsWith("Kiểm tra trước khi lưu:") && t.contains("Ban Thường vụ"));
        assertThat(saved()).as("nothing saved before Lưu").isEmpty();
        an.taps(edited, "✅ Lưu");
        said(an, t -> t.startsWith("Đã lưu khen thưởng: Bằng khen — " + cell.name()));
        an.taps(edited, "✅ Lưu");
        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(an.id()).stream()
                .anyMatch(c -> c.text() != null && c.text().startsWith("Nút này")));

        assertThat(saved()).as("one record, though Lưu was pressed twice").hasSize(1);
        Commendation c = saved().get(0).commendation();
        assertThat(c.collective()).isTrue();
        assertThat(c.issuer()).isEqualTo("Ban Thường vụ Tỉnh ủy");
        assertThat(c.period())
                .isEqualTo(new Commendation.Period(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31), "2021–2023"));
        assertThat(c.documents()).containsExactly("05-CT/TW");
        assertThat(c.decisionNumber()).as("as written on the decision").isEqualTo("125/QĐ-ĐUK");
        assertThat(c.decisionDate()).isEqualTo(LocalDate.of(2024, 2, 3));
        assertThat(c.photoFileIds()).hasSize(1);
    }

    @Test
    void aSavedCommendationIsCorrectedThenDeletedFromTheListAndBothAreAudited() throws Exception {
        Commendations commendations = chibo.bean(Commendations.class);
        commendations.record(
                List.of(
                        new Commendation(
                                cell.id(),
                                veteran.id(),
                                veteran.fullName(),
                                AwardForm.MERIT,
                                null,
                                null,
                                "Tỉnh ủy",
                                "Hoàn thành xuất sắc nhiệm vụ",
                                null,
                                List.of(),
                                "1243-QĐ/TU",
                                TODAY.withDayOfYear(1),
                                List.of()),
                        new Commendation(
                                cell.id(),
                                young.id(),
                                young.fullName(),
                                AwardForm.COMMENDATION,
                                null,
                                null,
                                "Đảng ủy Sở",
                                "Hoàn thành tốt nhiệm vụ",
                                null,
                                List.of(),
                                "8-QĐ/ĐU",
                                TODAY.withDayOfYear(1),
                                List.of())),
                an.id());

        an.sends("/khenthuong_ds");
        tapOn(an, "Khen thưởng —", "✏️ Sửa, xóa");
        tapOn(an, "Chọn khen thưởng cần sửa", "2. Bằng khen — Nguyễn Văn An");
        tapOn(an, "Sửa hoặc xóa được đến ngày", "Số quyết định");
        said(an, t -> t.startsWith("Gõ nội dung mới cho “Số quyết định” (hiện nay: 1243-QĐ/TU)."));
        an.sends("không có số");
        said(an, t -> t.startsWith("“không có số” chưa giống một số quyết định. Đồng chí gõ lại"));
        an.sends("1234/QĐ-TU");
        ChatMessage corrected = said(an, t -> t.startsWith("✅ Đã sửa “Số quyết định”"));
        assertThat(corrected.text()).contains("số 1234/QĐ-TU");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(an.fromBot())
                .as("the question answered by typing has lost its buttons; only the new screen has some")
                .filteredOn(m -> !m.keyboard().isEmpty())
                .extracting(ChatMessage::text)
                .singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("✅ Đã sửa"));
        assertThat(saved())
                .filteredOn(c -> c.commendation().memberId().equals(veteran.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.commendation().decisionNumber()).isEqualTo("1234/QĐ-TU"));

        an.taps(corrected, "🗑 Xóa khen thưởng này");
        ChatMessage ask = said(an, t -> t.startsWith("Xóa khen thưởng: Bằng khen — Nguyễn Văn An"));
        assertThat(saved()).as("nothing deleted before the answer").hasSize(2);
        an.taps(ask, "🗑 Xóa");
        ChatMessage list = said(an, t -> t.startsWith("🗑 Đã xóa khen thưởng: Bằng khen — Nguyễn Văn An"));
        assertThat(list.text().substring(list.text().indexOf("🏅")))
                .as("the list under the notice")
                .contains("Tổng: 1 — Giấy khen: 1 cá nhân")
                .doesNotContain("Nguyễn Văn An");
        an.taps(ask, "🗑 Xóa");
        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(an.id()).stream()
                .anyMatch(c -> c.text() != null && c.text().startsWith("Nút này")));

        assertThat(saved()).extracting(c -> c.commendation().recipientName()).containsExactly(young.fullName());
        assertThat(chibo.bean(org.springframework.jdbc.core.simple.JdbcClient.class)
                        .sql("SELECT action FROM audit_entry WHERE unit_path = ? ORDER BY id")
                        .param(cell.path())
                        .query(String.class)
                        .list())
                .containsSubsequence("commendation.corrected", "commendation.deleted");
    }

    @Test
    void aHuyHieuDangOnlyForMembersWithTheYears() {
        an.sends("/khenthuong");
        tapOn(an, "Hình thức khen thưởng", "🎖 Huy hiệu Đảng");
        tapOn(an, "bao nhiêu năm tuổi Đảng", "40 năm");
        said(an, t -> t.startsWith("Cấp nào khen thưởng?"));
        an.sends("Tỉnh ủy");
        tapOn(an, "Chọn các đồng chí", "☐ Phạm Thị Hoa");
        tapOn(an, "Chọn các đồng chí", "☐ Nguyễn Văn An");
        tapOn(an, "Chọn các đồng chí", "✔ Xong");
        said(
                an,
                t -> t.startsWith("Đồng chí Phạm Thị Hoa vào Đảng ngày "
                        + young.partyJoinDate().format(D_M_YYYY) + ", đến ngày " + TODAY.format(D_M_YYYY)
                        + " mới được 26 năm tuổi Đảng, chưa đủ 40 năm"));
        tapOn(an, "Chọn các đồng chí", "☑ Phạm Thị Hoa");
        tapOn(an, "Chọn các đồng chí", "✔ Xong");
        tapOn(an, "Số quyết định", "Bỏ qua");
        said(an, t -> t.startsWith("Ngày ký quyết định"));
        LocalDate tooEarly = veteran.partyJoinDate().plusYears(40).minusMonths(13);
        an.sends(tooEarly.format(D_M_YYYY));
        said(an, t -> t.startsWith("Đồng chí Nguyễn Văn An vào Đảng ngày") && t.contains("mới được 38 năm tuổi Đảng"));
        LocalDate early = veteran.partyJoinDate().plusYears(40).minusMonths(1);
        an.sends(early.format(D_M_YYYY));
        tapOn(an, "Gửi ảnh", "Bỏ qua");
        ChatMessage warned = said(an, t -> t.startsWith("Kiểm tra trước khi lưu:"));
        assertThat(warned.text())
                .as("a month early: the seriously ill or posthumously may have it, so it is warned, not refused")
                .contains("⚠️ Đồng chí Nguyễn Văn An mới được 39 năm tuổi Đảng, chưa đủ 40 năm")
                .contains("tối đa 12 tháng");
        an.taps(warned, "✏️ Ngày quyết định");
        LocalDate decided = veteran.partyJoinDate().plusYears(40).plusDays(1);
        said(an, t -> t.startsWith("Ngày ký quyết định"));
        an.sends(decided.format(D_M_YYYY));
        ChatMessage summary = said(an, t -> t.startsWith("Kiểm tra trước khi lưu:") && !t.contains("⚠️"));
        assertThat(summary.text())
                .contains(
                        "• Hình thức: Huy hiệu 40 năm tuổi Đảng",
                        "• Cá nhân (" + cell.name() + "): Nguyễn Văn An — ghi 1 khen thưởng, mỗi đồng chí một");
        an.taps(summary, "✅ Lưu");
        said(an, t -> t.startsWith("Đã lưu khen thưởng: Huy hiệu 40 năm tuổi Đảng — Nguyễn Văn An."));

        assertThat(saved()).singleElement().satisfies(s -> {
            assertThat(s.commendation().memberId()).isEqualTo(veteran.id());
            assertThat(s.commendation().badgeYears()).isEqualTo(40);
            assertThat(s.awardedYear()).isEqualTo(decided.getYear());
        });
    }

    @Test
    void severalPersonsGiveOneRecordEachAndCancelSavesNothing() {
        an.sends("/khenthuong");
        tapOn(an, "Hình thức khen thưởng", "Giấy khen");
        an.sends("Đảng ủy Sở Tư pháp");
        tapOn(an, "tập thể hay cá nhân", "Cá nhân");
        tapOn(an, "Chọn các đồng chí", "✔ Xong");
        said(an, t -> t.startsWith("Đồng chí chưa chọn ai."));
        tapOn(an, "Chọn các đồng chí", "☐ Hoàng Văn Nam");
        tapOn(an, "Chọn các đồng chí", "☐ Phạm Thị Hoa");
        tapOn(an, "Chọn các đồng chí", "✔ Xong");
        said(an, t -> t.startsWith("Thành tích được khen thưởng?"));
        an.sends("Hoàn thành xuất sắc nhiệm vụ năm 2025");
        tapOn(an, "Thời gian đạt thành tích?", "năm 2025");
        tapOn(an, "Văn bản liên quan", "Bỏ qua");
        tapOn(an, "Số quyết định", "Bỏ qua");
        tapOn(an, "Ngày ký quyết định", "Bỏ qua");
        tapOn(an, "Gửi ảnh", "Bỏ qua");
        ChatMessage summary = said(an, t -> t.startsWith("Kiểm tra trước khi lưu:"));
        assertThat(summary.text()).contains("Hoàng Văn Nam, Phạm Thị Hoa — ghi 2 khen thưởng, mỗi đồng chí một");
        an.taps(summary, "✅ Lưu");
        said(an, t -> t.startsWith("Đã lưu 2 khen thưởng Giấy khen: Hoàng Văn Nam, Phạm Thị Hoa."));
        assertThat(saved())
                .extracting(s -> s.commendation().recipientName())
                .containsExactlyInAnyOrder("Hoàng Văn Nam", "Phạm Thị Hoa");

        an.sends("/khenthuong");
        tapOn(an, "Hình thức khen thưởng", "Biểu dương");
        said(an, t -> t.startsWith("Cấp nào khen thưởng?"));
        tapOn(an, "Cấp nào khen thưởng?", "« Quay lại");
        said(an, t -> t.startsWith("Ghi khen thưởng. Hình thức khen thưởng là gì?"));
        tapOn(an, "Hình thức khen thưởng", "Cờ");
        tapOn(an, "Cấp nào khen thưởng?", "Đảng ủy Sở Tư pháp");
        tapOn(an, "tập thể hay cá nhân", "Tập thể");
        an.sends("/huy");
        said(an, t -> t.equals("Đã hủy thao tác đang làm. Không có gì được lưu."));
        assertThat(saved()).hasSize(2);
    }

    @Test
    void leadersFilterAndExportTheirSubtreeAndSeeNothingElse() throws Exception {
        Commendations commendations = chibo.bean(Commendations.class);
        OrgUnit otherCell = org.cellOf(committee, "Chi bộ Tài chính " + an.id(), "CB TC");
        OrgUnit elsewhere = org.cellOf(org.committee("Đảng bộ khác " + an.id()), "Chi bộ khác " + an.id(), "CB K");
        int year = TODAY.getYear();
        commendations.record(
                List.of(
                        new Commendation(
                                cell.id(),
                                null,
                                cell.name(),
                                AwardForm.MERIT,
                                null,
                                null,
                                "Đảng ủy Khối",
                                "Thành tích",
                                null,
                                List.of(),
                                "12-QĐ/ĐUK",
                                LocalDate.of(year, 1, 5),
                                List.of()),
                        new Commendation(
                                cell.id(),
                                veteran.id(),
                                veteran.fullName(),
                                AwardForm.MERIT,
                                null,
                                null,
                                "Đảng ủy Khối",
                                "Thành tích",
                                null,
                                List.of(),
                                null,
                                LocalDate.of(year, 1, 5),
                                List.of()),
                        new Commendation(
                                otherCell.id(),
                                null,
                                otherCell.name(),
                                AwardForm.COMMENDATION,
                                null,
                                null,
                                "Đảng ủy Sở",
                                "Thành tích",
                                null,
                                List.of(),
                                null,
                                LocalDate.of(year, 1, 6),
                                List.of()),
                        new Commendation(
                                cell.id(),
                                young.id(),
                                young.fullName(),
                                AwardForm.MERIT,
                                null,
                                null,
                                "Thủ tướng Chính phủ",
                                "Thành tích",
                                null,
                                List.of(),
                                null,
                                LocalDate.of(year - 1, 5, 6),
                                List.of()),
                        new Commendation(
                                elsewhere.id(),
                                null,
                                elsewhere.name(),
                                AwardForm.MERIT,
                                null,
                                null,
                                "Đảng ủy Khối",
                                "Thành tích",
                                null,
                                List.of(),
                                null,
                                LocalDate.of(year, 1, 5),
                                List.of())),
                1L);
        Person leader = aPerson("Lãnh đạo");
        org.give(leader.id(), "Trần Văn Bình", Role.LEADER, committee);

        leader.sends("/khenthuong_ds");
        ChatMessage list = said(leader, t -> t.startsWith("🏅 Khen thưởng — " + committee.name()));
        assertThat(list.text())
                .contains("Năm: " + year, "Tổng: 3 — Bằng khen: 1 tập thể, 1 cá nhân; Giấy khen: 1 tập thể")
                .doesNotContain("Chi bộ khác")
                .doesNotContain("Thủ tướng");

        leader.taps(list, "🏷 Hình thức");
        ChatMessage picker = said(leader, t -> t.startsWith("Chọn hình thức"));
        leader.taps(picker, "Giấy khen");
        ChatMessage byForm = said(leader, t -> t.contains("Hình thức: Giấy khen"));
        assertThat(byForm.text()).contains("Tổng: 1", otherCell.name()).doesNotContain("Nguyễn Văn An");
        leader.taps(list, "🏷 Hình thức");
        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(leader.id()).stream()
                .anyMatch(c -> c.text() != null && c.text().startsWith("Nút này")));

        leader.taps(byForm, "✖ Bỏ lọc");
        ChatMessage cleared = said(leader, t -> t.contains("Năm: " + year + " · Hình thức: tất cả"));
        assertThat(cleared.text())
                .as("the year is kept; only the other filters go")
                .contains("Tổng: 3");
        leader.taps(cleared, "📅 Năm");
        leader.taps(said(leader, t -> t.startsWith("Chọn năm")), "Tất cả");
        said(leader, t -> t.contains("Năm: tất cả") && t.contains("Tổng: 4"));
        leader.sends("pham thi");
        ChatMessage byName = said(leader, t -> t.contains("Người nhận: “pham thi”"));
        assertThat(byName.text())
                .contains("Phạm Thị Hoa", "Thủ tướng Chính phủ")
                .as("the counts are those of the list shown")
                .contains("Tổng: 1 — Bằng khen: 1 cá nhân\n")
                .doesNotContain(cell.name() + " —");

        leader.taps(byName, "📥 Xuất Excel");
        ChatMessage document = awaitLastBotMessage(leader, m -> m.file() != null);
        assertThat(document.file().fileName()).isEqualTo("Khen-thuong-tat-ca.xlsx");
        try (var workbook =
                new XSSFWorkbook(new ByteArrayInputStream(document.file().content()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Tên tập thể / cá nhân");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Phạm Thị Hoa");
            assertThat(sheet.getRow(3).getCell(8).getStringCellValue()).isEqualTo("Thủ tướng Chính phủ");
        }

        Person outsider = aPerson("Người ngoài");
        org.give(outsider.id(), "Lê Văn Cường", Role.LEADER, org.committee("Đảng bộ thứ ba " + an.id()));
        outsider.sends("/khenthuong_ds");
        assertThat(said(outsider, t -> t.startsWith("🏅 Khen thưởng")).text()).contains("Chưa có khen thưởng nào");
        outsider.taps(byName, "📥 Xuất Excel");
        await().atMost(PATIENCE).until(() -> telegram.answeredCallbacks(outsider.id()).stream()
                .anyMatch(c -> c.text() != null && c.text().startsWith("Nút này")));
        assertThat(outsider.fromBot()).noneMatch(m -> m.file() != null);
    }

    @Test
    void theBadgeCalendarListsWhoReachesTheYearsByEachAwardDate() {
        List<LocalDate> awards = BadgeCalendar.nextAwardDates(TODAY, 2);
        Members members = chibo.bean(Members.class);
        members.add(
                cell,
                "Đỗ Thị Ba Mươi",
                MemberStatus.OFFICIAL,
                awards.get(0).minusYears(30).minusDays(1));
        members.add(
                cell, "Lý Văn Năm Mươi", MemberStatus.OFFICIAL, awards.get(1).minusYears(50));
        Member honoured = members.add(
                cell, "Trịnh Văn Đã Nhận", MemberStatus.OFFICIAL, awards.get(0).minusYears(45));
        chibo.bean(Commendations.class)
                .record(
                        List.of(new Commendation(
                                cell.id(),
                                honoured.id(),
                                honoured.fullName(),
                                AwardForm.BADGE,
                                null,
                                45,
                                "Tỉnh ủy",
                                null,
                                null,
                                List.of(),
                                null,
                                null,
                                List.of())),
                        1L);

        an.sends("/huyhieu");

        ChatMessage calendar = said(an, t -> t.startsWith("🎖 Huy hiệu Đảng sắp xét tặng — " + cell.name()));
        String first = "Đợt " + awards.get(0).format(D_M_YYYY) + ":";
        String second = "Đợt " + awards.get(1).format(D_M_YYYY) + ":";
        String text = calendar.text();
        assertThat(text)
                .contains(first + " 1 đồng chí", second + " 1 đồng chí")
                .doesNotContain("Trịnh Văn Đã Nhận")
                .contains("Còn 1 đồng chí chưa có ngày vào Đảng");
        assertThat(text.substring(text.indexOf(first), text.indexOf(second))).contains("• 30 năm: Đỗ Thị Ba Mươi");
        assertThat(text.substring(text.indexOf(second))).contains("• 50 năm: Lý Văn Năm Mươi");
    }
}

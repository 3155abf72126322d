package vn.chibo.content.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.access.Scope;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

@SpringBootTest
@Transactional
class CommendationsTest {

    @Autowired
    Commendations commendations;

    @Autowired
    OrgUnits units;

    @Autowired
    Members members;

    OrgUnit committee;
    OrgUnit office;
    OrgUnit finance;
    OrgUnit elsewhere;
    Member an;
    Member hoa;

    @BeforeEach
    void twoCellsAndAStranger() {
        committee = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Sở Tư pháp", "ĐB STP");
        office = units.add(committee.id(), OrgKind.CELL, "Chi bộ Văn phòng", "CB VP");
        finance = units.add(committee.id(), OrgKind.CELL, "Chi bộ Tài chính", "CB TC");
        elsewhere = units.add(
                units.add(null, OrgKind.COMMITTEE, "Đảng bộ khác", "ĐB K").id(), OrgKind.CELL, "Chi bộ khác", "CB K");
        an = members.add(office, "Nguyễn Văn An", MemberStatus.OFFICIAL, LocalDate.of(1986, 5, 1));
        hoa = members.add(finance, "Phạm Thị Hoa", MemberStatus.OFFICIAL, null);
    }

    Commendation collective(OrgUnit unit, AwardForm form, String issuer, LocalDate decided) {
        return new Commendation(
                unit.id(),
                null,
                unit.name(),
                form,
                null,
                null,
                issuer,
                "Hoàn thành xuất sắc nhiệm vụ",
                new Commendation.Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "năm 2025"),
                List.of("05-CT/TW"),
                "12-QĐ/ĐUK",
                decided,
                List.of("AgAC-certificate"));
    }

    Commendation person(Member m, AwardForm form, Integer badge, String issuer, LocalDate decided) {
        return new Commendation(
                m.cellId(),
                m.id(),
                m.fullName(),
                form,
                null,
                badge,
                issuer,
                null,
                null,
                List.of(),
                null,
                decided,
                List.of());
    }

    @Test
    void findsWithinScopeByYearFormIssuerAndRecipient() {
        commendations.record(
                List.of(
                        collective(office, AwardForm.MERIT, "Đảng ủy Khối", LocalDate.of(2026, 3, 2)),
                        collective(finance, AwardForm.COMMENDATION, "Đảng ủy Sở", LocalDate.of(2025, 12, 20)),
                        person(an, AwardForm.MERIT, null, "Đảng ủy Khối", LocalDate.of(2026, 5, 19)),
                        person(hoa, AwardForm.MERIT, null, "Thủ tướng Chính phủ", null),
                        collective(elsewhere, AwardForm.MERIT, "Đảng ủy Khối", LocalDate.of(2026, 1, 5))),
                7L);

        CommendationFilter all = CommendationFilter.within(Scope.of(committee));
        assertThat(commendations.find(all))
                .hasSize(4)
                .noneMatch(s -> s.commendation().unitId() == elsewhere.id());
        assertThat(commendations.find(CommendationFilter.within(Scope.of(office))))
                .extracting(s -> s.commendation().recipientName())
                .containsExactly("Nguyễn Văn An", "Chi bộ Văn phòng");
        assertThat(commendations.find(all.withYear(2025)))
                .extracting(s -> s.commendation().recipientName())
                .containsExactly("Chi bộ Tài chính");
        assertThat(commendations.find(
                        all.withYear(2026).withForm(AwardForm.MERIT).withIssuer("Đảng ủy Khối")))
                .extracting(s -> s.commendation().recipientName())
                .containsExactly("Nguyễn Văn An", "Chi bộ Văn phòng");
        assertThat(commendations.find(all.withRecipient("pham thi")))
                .extracting(s -> s.commendation().recipientName())
                .containsExactly("Phạm Thị Hoa");
        assertThat(commendations.find(all.withRecipient("Hoa")).get(0).awardedYear())
                .as("no decision date: the recording year")
                .isEqualTo(LocalDate.now().getYear());
        assertThat(commendations.years(all)).contains(2026, 2025);
        assertThat(commendations.find(all.withYear(2025)).get(0).commendation().photoFileIds())
                .containsExactly("AgAC-certificate");
        assertThat(commendations.issuers(all, 5)).containsExactly("Đảng ủy Khối", "Thủ tướng Chính phủ", "Đảng ủy Sở");
    }

    @Test
    void countsCollectivesAndPersonsByFormAndIssuer() {
        commendations.record(
                List.of(
                        collective(office, AwardForm.MERIT, "Đảng ủy Khối", LocalDate.of(2026, 3, 2)),
                        collective(finance, AwardForm.MERIT, "Đảng ủy Khối", LocalDate.of(2026, 3, 2)),
                        person(an, AwardForm.MERIT, null, "Đảng ủy Khối", LocalDate.of(2026, 5, 19)),
                        person(an, AwardForm.BADGE, 40, "Tỉnh ủy", LocalDate.of(2026, 5, 19)),
                        collective(elsewhere, AwardForm.MERIT, "Đảng ủy Khối", LocalDate.of(2026, 1, 5))),
                7L);
        CommendationFilter year = CommendationFilter.within(Scope.of(committee)).withYear(2026);

        assertThat(commendations.countByForm(year))
                .containsOnlyKeys(AwardForm.MERIT, AwardForm.BADGE)
                .containsEntry(AwardForm.MERIT, new Commendations.Tally(2, 1))
                .containsEntry(AwardForm.BADGE, new Commendations.Tally(0, 1));
        assertThat(commendations.countByIssuer(year))
                .containsExactly(
                        java.util.Map.entry("Đảng ủy Khối", new Commendations.Tally(2, 1)),
                        java.util.Map.entry("Tỉnh ủy", new Commendations.Tally(0, 1)));
        assertThat(commendations.badgesWithin(committee.path())).containsEntry(an.id(), java.util.Set.of(40));
    }

    @Test
    void aBadgeWithoutItsYearsIsRefusedByTheDatabaseAndNothingIsHalfSaved() {
        Commendation broken = new Commendation(
                an.cellId(),
                an.id(),
                an.fullName(),
                AwardForm.BADGE,
                null,
                null,
                "Tỉnh ủy",
                null,
                null,
                List.of(),
                null,
                null,
                List.of());

        assertThatThrownBy(
                        () -> commendations.record(List.of(person(hoa, AwardForm.MERIT, null, "Sở", null), broken), 1L))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void theWorkbookHasVietnameseHeadersAndOneRowPerCommendation() throws Exception {
        commendations.record(
                List.of(
                        collective(office, AwardForm.MERIT, "Đảng ủy Khối", LocalDate.of(2026, 3, 2)),
                        person(an, AwardForm.BADGE, 40, "Tỉnh ủy", LocalDate.of(2026, 5, 19))),
                7L);

        byte[] xlsx = CommendationWorkbook.render(
                "Khen thưởng năm 2026 — Đảng bộ Sở Tư pháp",
                commendations.find(CommendationFilter.within(Scope.of(committee))));

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Khen thưởng năm 2026 — Đảng bộ Sở Tư pháp");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Hình thức");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Tên tập thể / cá nhân");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Huy hiệu 40 năm tuổi Đảng");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Cá nhân");
            assertThat(sheet.getRow(3).getCell(10).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 5, 19));
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("Chi bộ Văn phòng");
            assertThat(sheet.getRow(4).getCell(7).getStringCellValue()).isEqualTo("05-CT/TW");
            assertThat(sheet.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(3).getCell(11).getNumericCellValue()).isEqualTo(2026);
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:3");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            var header = sheet.getRow(2);
            for (int i = 0; i < CommendationWorkbook.HEADERS.size(); i++) {
                String title = header.getCell(i).getStringCellValue();
                int room = sheet.getColumnWidth(i) / 256 * (int) (header.getHeightInPoints() / 15);
                assertThat(room).as("room for \"" + title + "\"").isGreaterThanOrEqualTo(title.length());
            }
        }
    }
}

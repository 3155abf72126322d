package vn.chibo.content.dues;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.TestOrganisation;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgUnits;

/** A treasurer's dues book imported into the real database: kept whole, or not at all with every problem named. */
@SpringBootTest
@Transactional
class ImportDuesTest {

    @Autowired
    ImportDues importDues;

    @Autowired
    Dues dues;

    @Autowired
    Members members;

    @Autowired
    OrgUnits units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    TestOrganisation org;
    Actor treasurer;
    Member an;
    Member binh;
    YearMonth thisMonth;
    YearMonth lastMonth;

    @BeforeEach
    void aCellOfThreeAndItsTreasurer() {
        org = TestOrganisation.storedIn(units);
        an = members.add(org.office(), "Nguyễn Văn An", MemberStatus.OFFICIAL, null);
        binh = members.add(org.office(), "Trần Thị Bình", MemberStatus.OFFICIAL, null);
        members.add(org.office(), "Lê Văn Cường", MemberStatus.OFFICIAL, null);
        treasurer = new Actor(
                1003, "Bình", new RoleAssignment(3, Role.TREASURER, org.office(), "Trần Thị Bình", 1003L), false);
        thisMonth = YearMonth.now(clock);
        lastMonth = thisMonth.minusMonths(1);
    }

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    String header(YearMonth... months) {
        StringBuilder h = new StringBuilder("Họ và tên");
        for (YearMonth m : months) {
            h.append(",Tháng ").append(m.getMonthValue()).append('/').append(m.getYear());
        }
        return h.append('\n').toString();
    }

    @Test
    void aBookOfTwoMonthsIsKeptWithItsAmountsAndLeavesOutWhoItDoesNotName() {
        String book = "SỔ THEO DÕI THU NỘP ĐẢNG PHÍ\n\n" + header(lastMonth, thisMonth)
                + "nguyen van an,\"50.000\",x\n"
                + "Trần Thị Bình,,chưa\n";

        var result = importDues.run(csv(book), treasurer);

        assertThat(result).isInstanceOfSatisfying(ImportDues.Result.Imported.class, done -> {
            assertThat(done.members()).isEqualTo(2);
            assertThat(done.months()).containsExactly(lastMonth, thisMonth);
            assertThat(done.paid()).isEqualTo(2);
            assertThat(done.unpaid()).isEqualTo(2);
            assertThat(done.notInFile()).containsExactly("Lê Văn Cường");
        });
        assertThat(dues.unpaidIn(org.office().id(), thisMonth)).containsExactly(binh.id());
        assertThat(jdbc.sql("SELECT amount FROM member_dues WHERE member_id = ? AND paid AND amount IS NOT NULL")
                        .param(an.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(50_000L);
    }

    @Test
    void aBookWithAnyProblemKeepsNothingAndNamesEveryOne() {
        String book = header(thisMonth.plusMonths(1), thisMonth)
                + "Nguyễn Văn An,x,năm mươi nghìn\n"
                + "Hoàng Văn Lạ,x,x\n"
                + "Trần Thị Bình,x,x\n"
                + "Tran Thi Binh,x,x\n";

        var result = importDues.run(csv(book), treasurer);

        assertThat(result)
                .isInstanceOfSatisfying(ImportDues.Result.Rejected.class, rejected -> assertThat(rejected.problems())
                        .extracting(p -> p.line() + " " + p.what())
                        .containsExactlyInAnyOrder(
                                "2 cell_unreadable", "0 month_out_of_range", "3 unknown_member", "5 duplicate_member"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_dues")
                        .query(Long.class)
                        .single())
                .isZero();
        var secretaryOfAnotherCell =
                new Actor(1009, "Tâm", new RoleAssignment(9, Role.FOLLOWER, org.office(), "Hồ Thị Tâm", 1009L), false);
        assertThat(importDues.run(csv(header(thisMonth) + "Nguyễn Văn An,x\n"), secretaryOfAnotherCell))
                .as("a follower enters no dues")
                .isInstanceOf(ImportDues.Result.Rejected.class);
    }

    @Test
    void monthsAndCellsAreReadAsTreasurersWriteThem() {
        assertThat(DuesSheet.month("T11/2026")).contains(YearMonth.of(2026, 11));
        assertThat(DuesSheet.month("11-2026")).contains(YearMonth.of(2026, 11));
        assertThat(DuesSheet.month("Tháng 13/2026")).isEmpty();
        assertThat(DuesSheet.cell("100.000đ")).contains(new DuesSheet.Cell(true, 100_000L));
        assertThat(DuesSheet.cell("Đã nộp")).contains(new DuesSheet.Cell(true, null));
        assertThat(DuesSheet.cell(" ")).contains(new DuesSheet.Cell(false, null));
        assertThat(DuesSheet.cell("0")).contains(new DuesSheet.Cell(false, null));
        assertThat(DuesSheet.cell("hôm qua")).isEmpty();
    }
}

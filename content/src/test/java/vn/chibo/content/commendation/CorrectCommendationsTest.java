package vn.chibo.content.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.content.TestClock;
import vn.chibo.content.access.Actor;
import vn.chibo.content.access.Role;
import vn.chibo.content.access.RoleAssignment;
import vn.chibo.content.commendation.CorrectCommendations.Field;
import vn.chibo.content.commendation.CorrectCommendations.Reason;
import vn.chibo.content.org.Member;
import vn.chibo.content.org.MemberStatus;
import vn.chibo.content.org.Members;
import vn.chibo.content.org.OrgKind;
import vn.chibo.content.org.OrgUnit;
import vn.chibo.content.org.OrgUnits;

/** A saved commendation corrected or deleted: within the window, in scope, by the rules of a new one, audited. */
@SpringBootTest
@Transactional
class CorrectCommendationsTest {

    static final Duration WINDOW = Duration.ofDays(30);

    @Autowired
    CorrectCommendations correct;

    @Autowired
    Commendations commendations;

    @Autowired
    OrgUnits units;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    OrgUnit office;
    Member an;
    Actor secretary;
    Actor stranger;
    long merit;
    long badge;

    @BeforeEach
    void aCellWithTwoCommendations() {
        OrgUnit committee = units.add(null, OrgKind.COMMITTEE, "Đảng bộ Sở Tư pháp", "ĐB STP");
        office = units.add(committee.id(), OrgKind.CELL, "Chi bộ Văn phòng", "CB VP");
        OrgUnit elsewhere = units.add(committee.id(), OrgKind.CELL, "Chi bộ khác", "CB K");
        an = members.add(office, "Nguyễn Văn An", MemberStatus.OFFICIAL, LocalDate.of(1986, 5, 1));
        secretary = new Actor(1001, "An", new RoleAssignment(1, Role.SECRETARY, office, "Nguyễn Văn An", 1001L), false);
        stranger =
                new Actor(1009, "Khác", new RoleAssignment(9, Role.SECRETARY, elsewhere, "Người khác", 1009L), false);
        List<Long> ids = commendations.record(
                List.of(
                        new Commendation(
                                office.id(),
                                an.id(),
                                an.fullName(),
                                AwardForm.MERIT,
                                null,
                                null,
                                "Tỉnh ủy Quảng Trị",
                                "Hoàn thành xuất sắc nhiệm vụ năm 2025",
                                null,
                                List.of(),
                                "1243-QĐ/TU",
                                LocalDate.of(2026, 1, 15),
                                List.of()),
                        new Commendation(
                                office.id(),
                                an.id(),
                                an.fullName(),
                                AwardForm.BADGE,
                                null,
                                40,
                                "Tỉnh ủy Quảng Trị",
                                null,
                                null,
                                List.of(),
                                "77-QĐ/TU",
                                LocalDate.of(2026, 5, 19),
                                List.of())),
                1001L);
        merit = ids.get(0);
        badge = ids.get(1);
    }

    @Test
    void aMistypedDecisionNumberIsCorrectedAndAudited() {
        Optional<Reason> refused = correct.correct(
                merit,
                Field.DECISION_NUMBER,
                "1234-QĐ/TU",
                secretary,
                WINDOW,
                s -> "Sửa " + s.commendation().decisionNumber());

        assertThat(refused).isEmpty();
        assertThat(commendations.find(merit).orElseThrow().commendation().decisionNumber())
                .isEqualTo("1234-QĐ/TU");
        assertThat(jdbc.sql("SELECT action || ' ' || details FROM audit_entry")
                        .query(String.class)
                        .list())
                .containsExactly("commendation.corrected Sửa 1243-QĐ/TU");
    }

    @Test
    void aNewDecisionDateMovesTheYearItCountsIn() {
        assertThat(correct.correct(merit, Field.DECISION_DATE, "2025-12-30", secretary, WINDOW, s -> ""))
                .isEmpty();

        StoredCommendation stored = commendations.find(merit).orElseThrow();
        assertThat(stored.commendation().decisionDate()).isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(stored.awardedYear()).isEqualTo(2025);
    }

    @Test
    void aDecisionDateInTheFutureIsRefusedAndNothingChanges() {
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();

        assertThat(correct.correct(merit, Field.DECISION_DATE, tomorrow, secretary, WINDOW, s -> ""))
                .contains(Reason.DECISION_DATE);
        assertThat(commendations.find(merit).orElseThrow().commendation().decisionDate())
                .isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aBadgeCannotBeRedatedFurtherBeforeTheMemberHeldItsYearsThanAnEarlyAwardAllows() {
        assertThat(correct.correct(badge, Field.DECISION_DATE, "2025-04-30", secretary, WINDOW, s -> ""))
                .as("13 months before the 40 years: beyond the 12 months an early award may come")
                .contains(Reason.NOT_YET_ELIGIBLE);
        assertThat(correct.correct(badge, Field.DECISION_DATE, "2026-04-30", secretary, WINDOW, s -> ""))
                .as("a day early: an early award to the seriously ill or posthumously, warned in the chat, not refused")
                .isEmpty();
    }

    @Test
    void pastTheWindowNothingIsCorrectedOrDeleted() {
        jdbc.sql("UPDATE commendation SET recorded_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant().minus(WINDOW).minusSeconds(60)), merit)
                .update();
        StoredCommendation stored = commendations.find(merit).orElseThrow();

        assertThat(correct.correctable(stored, secretary, WINDOW)).isFalse();
        assertThat(correct.correct(merit, Field.ISSUER, "UBND tỉnh", secretary, WINDOW, s -> ""))
                .contains(Reason.TOO_LATE);
        assertThat(correct.withdraw(merit, secretary, WINDOW, "")).contains(Reason.TOO_LATE);
        assertThat(commendations.find(merit)).isPresent();
    }

    @Test
    void someoneWhoseScopeDoesNotHoldItCanNeitherSeeItAsCorrectableNorChangeIt() {
        StoredCommendation stored = commendations.find(merit).orElseThrow();

        assertThat(correct.correctable(stored, secretary, WINDOW)).isTrue();
        assertThat(correct.correctable(stored, stranger, WINDOW)).isFalse();
        assertThat(correct.correct(merit, Field.ISSUER, "UBND tỉnh", stranger, WINDOW, s -> ""))
                .contains(Reason.GONE);
        assertThat(correct.withdraw(merit, stranger, WINDOW, "")).contains(Reason.GONE);
        assertThat(commendations.find(merit).orElseThrow().commendation().issuer())
                .isEqualTo("Tỉnh ủy Quảng Trị");
    }

    @Test
    void aDeletedCommendationIsGoneFromTheListAndTheCountsAndTheDeletionIsAudited() {
        CommendationFilter all = CommendationFilter.within(secretary.scope());

        assertThat(correct.withdraw(merit, secretary, WINDOW, "Bằng khen — Nguyễn Văn An"))
                .isEmpty();

        assertThat(commendations.find(all)).extracting(StoredCommendation::id).containsExactly(badge);
        assertThat(commendations.countByForm(all)).containsOnlyKeys(AwardForm.BADGE);
        assertThat(correct.withdraw(merit, secretary, WINDOW, "")).contains(Reason.GONE);
        assertThat(jdbc.sql("SELECT action || ' ' || details FROM audit_entry")
                        .query(String.class)
                        .list())
                .containsExactly("commendation.deleted Bằng khen — Nguyễn Văn An");
    }
}

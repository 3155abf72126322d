package vn.chibo.content.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DecisionDateRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final Commendation.Period YEARS_2021_2023 =
            new Commendation.Period(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31), "2021–2023");

    @Test
    void aDecisionAfterThePeriodBeganAndNotInTheFutureIsFine() {
        assertThat(DecisionDateRule.check(LocalDate.of(2024, 2, 3), TODAY, YEARS_2021_2023))
                .isEmpty();
        assertThat(DecisionDateRule.check(TODAY, TODAY, null)).isEmpty();
    }

    @Test
    void aDecisionDatedTomorrowIsInTheFuture() {
        assertThat(DecisionDateRule.check(TODAY.plusDays(1), TODAY, null))
                .contains(DecisionDateRule.Problem.IN_THE_FUTURE);
    }

    @Test
    void aDecisionBeforeThePartyOrBeforeThePeriodIsRefused() {
        assertThat(DecisionDateRule.check(LocalDate.of(1929, 12, 31), TODAY, null))
                .contains(DecisionDateRule.Problem.BEFORE_THE_PARTY);
        assertThat(DecisionDateRule.check(LocalDate.of(2020, 12, 31), TODAY, YEARS_2021_2023))
                .contains(DecisionDateRule.Problem.BEFORE_THE_PERIOD);
    }
}

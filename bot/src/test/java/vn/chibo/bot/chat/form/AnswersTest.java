package vn.chibo.bot.chat.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers read as what they mean: days, times, the names switched on. */
class AnswersTest {

    final Answers answers = new Answers(
            Map.of("date", "2026-11-30", "start", "14:30", "absent", "11,13", "none", ""),
            Map.of("date", "30/11/2026"));

    @Test
    void readsDaysTimesAndSwitchedOnValues() {
        assertThat(answers.date("date")).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(answers.time("start")).isEqualTo(LocalTime.of(14, 30));
        assertThat(answers.choices("absent")).containsExactlyInAnyOrder("11", "13");
    }

    @Test
    void anUnansweredQuestionReadsAsNothing() {
        assertThat(answers.date("decision_date")).isNull();
        assertThat(answers.time("end")).isNull();
        assertThat(answers.choices("unexcused")).isEmpty();
        assertThat(answers.choices("none")).isEmpty();
    }
}

package vn.chibo.bot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import vn.chibo.scheduler.reminder.MeetingRule;

class RuleAnswerTest {

    @Test
    void aDayOfTheMonthWithATimeReadsBackAsWritten() {
        var answer = new RuleAnswer(MeetingRule.day(5), LocalTime.of(14, 0));

        assertThat(answer.encode()).isEqualTo("D5@14:00");
        assertThat(RuleAnswer.decode("D5@14:00")).isEqualTo(answer);
    }

    @Test
    void aWeekdayOfTheMonthWithoutATime() {
        var answer = new RuleAnswer(MeetingRule.weekday(1, DayOfWeek.FRIDAY), null);

        assertThat(answer.encode()).isEqualTo("W1:5");
        assertThat(RuleAnswer.decode("W1:5")).isEqualTo(answer);
    }
}

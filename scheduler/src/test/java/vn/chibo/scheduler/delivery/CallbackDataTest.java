package vn.chibo.scheduler.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CallbackDataTest {

    @Test
    void acceptsExactlySixtyFourBytes() {
        String sixtyFour = "a".repeat(64);

        assertThat(new CallbackData(sixtyFour).value()).hasSize(64);
    }

    @Test
    void refusesSixtyFiveBytes() {
        assertThatThrownBy(() -> new CallbackData("a".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("65 bytes");
    }

    @Test
    void countsBytesNotCharactersForVietnameseText() {
        String twentyTwoAccentedLetters = "ệ".repeat(22); // 3 bytes each in UTF-8: 66 bytes

        assertThatThrownBy(() -> new CallbackData(twentyTwoAccentedLetters))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void joinsPartsWithColons() {
        assertThat(CallbackData.of("role", 7, 123).value()).isEqualTo("role:7:123");
    }
}

package vn.chibo.content.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Votes read from what a secretary types, and back from how an answer keeps them. */
class VotesTest {

    @Test
    void threeNumbersAmongWordsAreTheVote() {
        assertThat(Votes.read("15 tán thành, 0 không tán thành, 1 phiếu trắng")).contains(new Votes(15, 0, 1));
    }

    @Test
    void theKeyReadsBack() {
        var votes = new Votes(12, 1, 2);

        assertThat(votes.key()).isEqualTo("12 1 2");
        assertThat(Votes.read(votes.key())).contains(votes);
        assertThat(votes.total()).isEqualTo(15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "15", "15 0", "15 0 1 2", "tất cả tán thành", "9999999 0 0", "99999999999 0 0"})
    void anythingButThreeSmallNumbersIsNoVote(String text) {
        assertThat(Votes.read(text)).isEmpty();
    }
}

package vn.chibo.scheduler.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutgoingTest {

    @Test
    void deleteAllTakesOneToAHundredIds() {
        List<Integer> hundred = IntStream.rangeClosed(1, 100).boxed().toList();

        assertThat(Outgoing.deleteAll(5, hundred).messageIds()).hasSize(100);
        assertThatThrownBy(() -> Outgoing.deleteAll(
                        5, IntStream.rangeClosed(1, 101).boxed().toList()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Outgoing.deleteAll(5, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}

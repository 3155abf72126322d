package vn.chibo.scheduler.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    @Test
    void leavesTextWithinTheLimitAlone() {
        assertThat(MessageSplitter.split("Biên bản họp chi bộ", 4096)).containsExactly("Biên bản họp chi bộ");
    }

    @Test
    void cutsAtAParagraphBreakWhenThereIsOne() {
        String first = "Đ".repeat(60);
        String second = "S".repeat(30);

        assertThat(MessageSplitter.split(first + "\n\n" + second, 80)).containsExactly(first, second);
    }

    @Test
    void fallsBackToALineBreakThenASpace() {
        String text = "a".repeat(50) + "\n" + "b".repeat(20) + " " + "c".repeat(40);

        List<String> pieces = MessageSplitter.split(text, 75);

        assertThat(pieces).containsExactly("a".repeat(50), "b".repeat(20) + " " + "c".repeat(40));
    }

    @Test
    void cutsAnUnbrokenRunAtTheLimit() {
        List<String> pieces = MessageSplitter.split("x".repeat(10_000), 4096);

        assertThat(pieces).extracting(String::length).containsExactly(4096, 4096, 1808);
    }

    @Test
    void neverSplitsASurrogatePair() {
        String text = "x".repeat(4095) + "😀" + "y".repeat(10);

        List<String> pieces = MessageSplitter.split(text, 4096);

        assertThat(pieces.get(0)).hasSize(4095);
        assertThat(pieces.get(1)).startsWith("😀");
        assertThat(String.join("", pieces)).isEqualTo(text);
    }

    @Test
    void everyPieceFitsAndNothingIsLostButTheBreaks() {
        String paragraph = "Chi bộ đã thảo luận và thống nhất các nhiệm vụ trọng tâm của tháng tới. ";
        String text = (paragraph.repeat(20) + "\n\n").repeat(10);

        List<String> pieces = MessageSplitter.split(text, 4096);

        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
        assertThat(String.join("", pieces).replaceAll("\\s", "")).isEqualTo(text.replaceAll("\\s", ""));
    }

    @Test
    void buttonsStayOnTheLastPieceOfASplitMessage() {
        var keyboard = List.of(List.of(Button.callback("Xong", CallbackData.of("ok"))));

        List<Outgoing> parts = MessageSplitter.split(Outgoing.text(7, "z".repeat(5000), keyboard));

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).keyboard()).isEmpty();
        assertThat(parts.get(1).keyboard()).isEqualTo(keyboard);
    }
}

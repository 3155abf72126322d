package vn.chibo.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.chibo.localapi.ChatMessage;
import vn.chibo.localapi.Person;
import vn.chibo.scheduler.delivery.DeliveryQueue;
import vn.chibo.scheduler.delivery.Outgoing;

/** What the delivery queue holds reaches the person intact: long text, documents, photos. */
class DeliveryIT extends EndToEndTest {

    @Test
    void longTextArrivesWholeInPiecesTelegramAccepts() {
        Person person = aPerson("Yến");
        String longText =
                ("Chi bộ thảo luận nhiệm vụ tháng tới và thống nhất phân công. ".repeat(80) + "\n\n").repeat(2);

        chibo.bean(DeliveryQueue.class).enqueue(Outgoing.text(person.id(), longText));

        var pieces = awaitBotMessages(person, 3);
        assertThat(pieces).allSatisfy(m -> assertThat(m.text().length()).isLessThanOrEqualTo(4096));
        assertThat(String.join("", pieces.stream().map(ChatMessage::text).toList())
                        .replaceAll("\\s", ""))
                .isEqualTo(longText.replaceAll("\\s", ""));
    }

    @Test
    void aDocumentArrivesWithItsVietnameseNameAndExactBytes() {
        Person person = aPerson("Thu");
        byte[] minutes = "ĐẢNG CỘNG SẢN VIỆT NAM — Biên bản sinh hoạt chi bộ".getBytes(StandardCharsets.UTF_8);

        chibo.bean(DeliveryQueue.class)
                .enqueue(Outgoing.document(person.id(), "Biên bản tháng 11.docx", minutes, "Biên bản họp chi bộ"));

        ChatMessage received = awaitBotMessages(person, 1).get(0);
        assertThat(received.file().fileName()).isEqualTo("Biên bản tháng 11.docx");
        assertThat(received.file().content()).isEqualTo(minutes);
        assertThat(received.file().photo()).isFalse();
        assertThat(received.text()).isEqualTo("Biên bản họp chi bộ");
    }

    @Test
    void aPhotoArrivesAsAPhoto() {
        Person person = aPerson("Hạnh");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

        chibo.bean(DeliveryQueue.class).enqueue(Outgoing.photo(person.id(), "bieu-do.png", png, "Biểu đồ"));

        ChatMessage received = awaitBotMessages(person, 1).get(0);
        assertThat(received.file().photo()).isTrue();
        assertThat(received.file().content()).isEqualTo(png);
    }
}

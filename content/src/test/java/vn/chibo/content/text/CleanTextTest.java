package vn.chibo.content.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Names kept composed and without what cannot be seen. */
class CleanTextTest {

    static final String COMPOSED = "Chi bộ Văn phòng";

    @Test
    void decomposedVietnameseIsComposed() {
        String decomposed = Normalizer.normalize(COMPOSED, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(COMPOSED);

        assertThat(CleanText.composed(decomposed)).isEqualTo(COMPOSED);
        assertThat(CleanText.name(decomposed)).isEqualTo(COMPOSED);
        assertThat(CleanText.composed(null)).isNull();
    }

    @Test
    void invisibleAndControlCharactersLeaveANameAndSpacesCollapse() {
        assertThat(CleanText.name("  Nguyễn\u200B Văn\u202E  An\u0007\t ")).isEqualTo("Nguyễn Văn An");
        assertThat(CleanText.name("Lê\u00A0Thu\u2003Trang")).as("other spaces").isEqualTo("Lê Thu Trang");
        assertThat(CleanText.name("\u200E\u200F")).isEmpty();
    }
}

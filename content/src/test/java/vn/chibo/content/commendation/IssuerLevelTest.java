package vn.chibo.content.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The issuer's level as typed, and the forms it gives: a mismatch is only warned. */
class IssuerLevelTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Chi bộ Văn phòng | CELL",
                "Chi bộ cơ sở Trường THPT Lê Lợi | GRASSROOTS",
                "Đảng ủy Sở Tư pháp | GRASSROOTS",
                "Đảng uỷ Khối | GRASSROOTS",
                "Ban Thường vụ Tỉnh ủy | PROVINCIAL",
                "tinh uy Quang Tri | PROVINCIAL",
                "Thành ủy Hà Nội | PROVINCIAL",
                "Ban Chấp hành Trung ương | CENTRAL",
            })
    void readsTheLevelAsPeopleTypeIt(String issuer, IssuerLevel level) {
        assertThat(IssuerLevel.of(issuer)).contains(level);
    }

    @Test
    void stateIssuersAndUnknownOnesAreNotJudged() {
        assertThat(IssuerLevel.of("Thủ tướng Chính phủ")).isEmpty();
        assertThat(IssuerLevel.of("Chủ tịch UBND tỉnh")).isEmpty();
        assertThat(IssuerLevel.of("Hội Cựu chiến binh")).isEmpty();
        assertThat(IssuerLevel.mismatch(AwardForm.MERIT, "Thủ tướng Chính phủ")).isEmpty();
    }

    @Test
    void aFormAboveTheIssuersLevelIsAMismatch() {
        assertThat(IssuerLevel.mismatch(AwardForm.MERIT, "Chi bộ Văn phòng")).contains(IssuerLevel.CELL);
        assertThat(IssuerLevel.mismatch(AwardForm.BADGE, "Đảng ủy Sở Tư pháp")).contains(IssuerLevel.GRASSROOTS);
        assertThat(IssuerLevel.mismatch(AwardForm.COMMENDATION, "Đảng ủy Sở Tư pháp"))
                .isEmpty();
        assertThat(IssuerLevel.mismatch(AwardForm.BADGE, "Ban Thường vụ Tỉnh ủy"))
                .isEmpty();
        assertThat(IssuerLevel.mismatch(AwardForm.OTHER, "Chi bộ Văn phòng")).isEmpty();
    }
}

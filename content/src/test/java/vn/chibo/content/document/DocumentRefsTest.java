package vn.chibo.content.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentRefsTest {

    @ParameterizedTest(name = "\"{0}\" cites {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "05-CT/TW                                      | 05-CT/TW",
                "Chỉ thị số 05-CT/TW                           | 05-CT/TW",
                "Chỉ thị 05                                    | 05-CT/TW",
                "Kết luận số 01-KL/TW ngày 18/5/2021           | 01-KL/TW",
                "01-KL/TW                                      | 01-KL/TW",
                "KL 01                                         | 01-KL/TW",
                "kết luận 1                                    | 01-KL/TW",
                "Kế hoạch số 35 KH/ĐUK                         | 35-KH/ĐUK",
                "Quy định 08-QĐi/TW                            | 08-QĐi/TW",
                "Quy định 144-QĐ/TW                            | 144-QĐ/TW",
                "Hướng dẫn số 16-HD/BTCTU ngày 13/9/2024       | 16-HD/BTCTU",
                "Kế hoạch số 91/KH-VKSTC                       | 91-KH/VKSTC",
                "Chỉ thị số 01/CT-VKSTC                        | 01-CT/VKSTC",
                "Nghị quyết 21-NQ/TW                           | 21-NQ/TW",
                "Quyết định số 1234/QĐ-TTg                     | 1234-QĐ/TTg",
                "Quyết định 15-QĐ/ĐUK ngày 3/2/2024            | 15-QĐ/ĐUK",
            })
    void normalisesEachSpelling(String text, String canonical) {
        assertThat(DocumentRefs.find(text)).extracting(DocumentRef::canonical).containsExactly(canonical);
    }

    @Test
    void theSameDocumentCitedThreeWaysIsOneReference() {
        List<DocumentRef> refs =
                DocumentRefs.find("Học tập Kết luận số 01-KL/TW; quán triệt 01-KL/TW và KL 01 cùng Chỉ thị 05-CT/TW.");

        assertThat(refs).extracting(DocumentRef::canonical).containsExactly("01-KL/TW", "05-CT/TW");
        assertThat(refs.get(0).cited()).isEqualTo("Kết luận số 01-KL/TW");
    }

    @Test
    void datesAndPlainNumbersAreNotDocuments() {
        assertThat(DocumentRefs.find("Họp ngày 18/5/2021 lúc 14h, có 12 đồng chí dự, phòng 05."))
                .isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "decision \"{0}\" is {1}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "Quyết định số 1234/QĐ-TTg   | 1234/QĐ-TTg",
                "1234 - QĐ/TTg               | 1234-QĐ/TTg",
                "số 125-QĐ/ĐU                | 125-QĐ/ĐU",
                "số   77/QĐ-UBND             | 77/QĐ-UBND",
                "Số 12  ngày 3/2             | 12 ngày 3/2"
            })
    void decisionNumbersAreKeptAsWrittenOnTheDecision(String typed, String number) {
        assertThat(DocumentRefs.decisionNumber(typed)).isEqualTo(number);
    }
}

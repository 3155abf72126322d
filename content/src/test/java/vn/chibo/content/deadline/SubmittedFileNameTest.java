package vn.chibo.content.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A submitted report's file name is kept whole when the column holds it, else cut in its middle. */
class SubmittedFileNameTest {

    @Test
    void aNameTheColumnHoldsIsKeptAsItIs() {
        assertThat(Deadlines.shortened("Bao-cao-quy-III.docx")).isEqualTo("Bao-cao-quy-III.docx");
        assertThat(Deadlines.shortened(null)).isNull();
    }

    @Test
    void aLongerNameKeepsItsStartAndItsExtensionWithinTheColumn() {
        String name = "Báo cáo ".repeat(60) + ".docx";

        String kept = Deadlines.shortened(name);

        assertThat(kept)
                .hasSize(Deadlines.MAX_FILE_NAME)
                .startsWith("Báo cáo Báo cáo")
                .endsWith("….docx");
    }
}

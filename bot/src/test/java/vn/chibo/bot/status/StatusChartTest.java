package vn.chibo.bot.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class StatusChartTest {

    @Test
    void drawsAPngWithTheBundledDejaVuFaces() throws Exception {
        byte[] png = StatusChart.bars(
                "Tỷ lệ chi bộ họp thường kỳ năm 2026",
                "Tỷ lệ (%)",
                List.of("Chi bộ Văn phòng", "Chi bộ Kế hoạch – Tài chính", "Đảng bộ Sở Tư pháp"),
                List.of(100, 75, 0));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(560);
        for (String face : List.of(StatusChart.FONT, StatusChart.BOLD)) {
            try (InputStream in = StatusChart.class.getResourceAsStream(face)) {
                assertThat(in).as(face).isNotNull();
                Font font = Font.createFont(Font.TRUETYPE_FONT, in);
                assertThat(font.getFamily()).isEqualTo("DejaVu Sans");
                assertThat(font.canDisplayUpTo("Đảng bộ Sở Tư pháp họp thường kỳ: ỗ ự ẵ ậ"))
                        .isEqualTo(-1);
            }
        }
        assertThat(StatusChart.class.getResource("/fonts/dejavu/LICENSE")).isNotNull();
        assertThat(StatusChart.class.getResource("/net/sf/jasperreports/fonts/dejavu/DejaVuSerif.ttf"))
                .as("only the faces the charts use are on the classpath, not the whole font package")
                .isNull();
    }

    @Test
    void theChartIsReadableOnAPhoneValuesOnTheBarsGridlinesAndPerCents() throws Exception {
        var chart = StatusChart.chart(
                "Sinh hoạt thường kỳ theo đơn vị — Đảng bộ Sở Tư pháp, quý 3/2026",
                "% số buổi sinh hoạt thường kỳ đã họp",
                List.of("CB VP", "CB KHTC", "CB TP"),
                List.of(100, 75, 0));

        var styler = chart.getStyler();
        assertThat(List.<Object>copyOf(
                        chart.getSeriesCollection().iterator().next().getXData()))
                .as("each bar named by the unit's short name and its value, 0% included")
                .containsExactly("CB VP · 100%", "CB KHTC · 75%", "CB TP · 0%");
        assertThat(styler.isPlotGridHorizontalLinesVisible()).isTrue();
        assertThat(new java.text.DecimalFormat(styler.getYAxisDecimalPattern()).format(80.0))
                .isEqualTo("80%");
        assertThat(styler.getYAxisMax()).isEqualTo(100.0);
        assertThat(chart.getTitle()).endsWith("quý 3/2026");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                StatusChart.bars("t", "a", List.of("CB VP", "CB KHTC", "CB TP"), List.of(100, 75, 0))));
        int gridlines = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            int grey = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                // The gridlines' light grey, a little lighter or darker where a line falls between two pixel rows.
                if (r == g && g == b && r >= 0xC0 && r <= 0xF0) {
                    grey++;
                }
            }
            if (grey > image.getWidth() / 3) {
                gridlines++;
            }
        }
        assertThat(gridlines)
                .as("horizontal gridlines across the plot, in their grey")
                .isGreaterThanOrEqualTo(4);
    }
}

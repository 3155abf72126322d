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
                "Tỷ lệ chi bộ họp định kỳ năm 2026",
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
                assertThat(font.canDisplayUpTo("Đảng bộ Sở Tư pháp họp định kỳ: ỗ ự ẵ ậ"))
                        .isEqualTo(-1);
            }
        }
        assertThat(StatusChart.class.getResource("/fonts/dejavu/LICENSE")).isNotNull();
        assertThat(StatusChart.class.getResource("/net/sf/jasperreports/fonts/dejavu/DejaVuSerif.ttf"))
                .as("only the faces the charts use are on the classpath, not the whole font package")
                .isNull();
    }
}

package vn.chibo.bot.status;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.CategoryStyler;

/**
 * Meeting compliance as a PNG bar chart (XChart). The font is DejaVu Sans, read from the classpath rather than
 * the machine, so Vietnamese diacritics draw the same on a server without fonts.
 */
final class StatusChart {

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static volatile Font base;

    private StatusChart() {}

    /** One bar per label, the percentage of cell-months with a monthly meeting. */
    static byte[] bars(String title, String axis, List<String> labels, List<Integer> percents) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(1000)
                .height(560)
                .title(title)
                .xAxisTitle("")
                .yAxisTitle(axis)
                .build();
        CategoryStyler styler = chart.getStyler();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setXAxisLabelRotation(labels.size() > 8 ? 60 : 0);
        chart.getStyler().setSeriesColors(new Color[] {new Color(0xB0, 0x1E, 0x23)});
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        Font font = font();
        styler.setChartTitleFont(font.deriveFont(Font.BOLD, 18f));
        styler.setAxisTitleFont(font.deriveFont(14f));
        styler.setAxisTickLabelsFont(font.deriveFont(12f));
        chart.addSeries(
                axis, labels, percents.stream().map(Integer::doubleValue).toList());
        try (var png = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(BitmapEncoder.getBufferedImage(chart), "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font font() {
        if (base == null) {
            try (InputStream in = StatusChart.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("DejaVu Sans is missing from the classpath: " + FONT);
                }
                base = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(e);
            }
        }
        return base;
    }
}

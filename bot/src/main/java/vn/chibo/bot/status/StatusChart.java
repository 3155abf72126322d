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

    static final String FONT = "/fonts/dejavu/DejaVuSans.ttf";
    static final String BOLD = "/fonts/dejavu/DejaVuSans-Bold.ttf";
    private static volatile Font base;
    private static volatile Font bold;

    private StatusChart() {}

    /** One bar per label, the percentage of cell-months with a monthly meeting, as a PNG. */
    static byte[] bars(String title, String axis, List<String> labels, List<Integer> percents) {
        CategoryChart chart = chart(title, axis, labels, percents);
        try (var png = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(BitmapEncoder.getBufferedImage(chart), "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The chart, made to be read on a phone: each bar's value written under it with its name (a 0% unit shows
     * "0%", not nothing), horizontal gridlines every 20%, the axis in per cent.
     */
    static CategoryChart chart(String title, String axis, List<String> labels, List<Integer> percents) {
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
        Font font = regular();
        styler.setChartTitleFont(bold().deriveFont(18f));
        styler.setAxisTitleFont(font.deriveFont(14f));
        styler.setAxisTickLabelsFont(font.deriveFont(12f));
        styler.setPlotGridHorizontalLinesVisible(true);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setPlotGridLinesColor(new Color(0xD0, 0xD0, 0xD0));
        styler.setPlotGridLinesStroke(new java.awt.BasicStroke(1f));
        styler.setYAxisTickMarkSpacingHint(GRID_PIXELS);
        styler.setYAxisDecimalPattern("0'%'");
        // Each bar's value under it, with its name ("CB TP · 0%"): a bar of 0% has nothing to write on.
        styler.setLabelsVisible(false);
        List<String> named = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            named.add(labels.get(i) + " · " + percents.get(i) + "%");
        }
        chart.addSeries(axis, named, percents.stream().map(Integer::doubleValue).toList());
        return chart;
    }

    /** Spacing of the value axis's ticks: with the plot's height, a gridline every 20%. */
    static final int GRID_PIXELS = 80;

    private static Font regular() {
        if (base == null) {
            base = load(FONT);
        }
        return base;
    }

    private static Font bold() {
        if (bold == null) {
            bold = load(BOLD);
        }
        return bold;
    }

    private static Font load(String resource) {
        try (InputStream in = StatusChart.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("A chart font is missing from the classpath: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dyna.app.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws {@code episodes.png}: mean steps per episode against episode, one line per sweep
 * point, as in Sutton and Barto's Figure 8.2.
 */
public final class EpisodesChart {

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)
    };

    private EpisodesChart() {
    }

    /** Writes the chart as a PNG file, atomically. */
    public static void write(Path file, EpisodeTable table, String title) throws IOException {
        JFreeChart chart = chart(table, title);
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, 960, 600));
    }

    static JFreeChart chart(EpisodeTable table, String title) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int p = 0; p < table.points().size(); p++) {
            XYSeries series = new XYSeries(table.points().get(p).label());
            double[] mean = table.meanSteps(p);
            for (int e = 0; e < mean.length; e++) {
                series.add(e + 1, mean[e]);
            }
            data.addSeries(series);
        }
        int runs = table.results().length == 0 ? 0 : table.results()[0].length;
        JFreeChart chart = ChartFactory.createXYLineChart(title, "Episode",
                "Steps per episode (mean of " + runs + " runs)", data, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
            renderer.setSeriesStroke(s, new BasicStroke(2.0f));
        }
        plot.setRenderer(renderer);
        return chart;
    }
}

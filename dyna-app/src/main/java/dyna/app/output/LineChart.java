package dyna.app.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws a PNG line chart, one line per configuration, on a linear or logarithmic y axis. */
public final class LineChart {

    /**
     * One line.
     *
     * @param label the legend entry
     * @param x     the x values
     * @param y     the y values, as many as x
     */
    public record Line(String label, double[] x, double[] y) {

        /** A line over x = 1, 2, 3, ... */
        public static Line over(String label, double[] y) {
            double[] x = new double[y.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = i + 1;
            }
            return new Line(label, x, y);
        }
    }

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)
    };

    private LineChart() {
    }

    /** Writes the chart as a PNG file, atomically. */
    public static void write(Path file, String title, String xLabel, String yLabel, List<Line> lines)
            throws IOException {
        write(file, title, xLabel, yLabel, lines, false);
    }

    /** Writes the chart as a PNG file, atomically, with a logarithmic y axis if {@code logY}. */
    public static void write(Path file, String title, String xLabel, String yLabel, List<Line> lines, boolean logY)
            throws IOException {
        JFreeChart chart = chart(title, xLabel, yLabel, lines);
        if (logY) {
            LogAxis axis = new LogAxis(yLabel);
            axis.setSmallestValue(1);
            axis.setAutoTickUnitSelection(false);
            axis.setTickUnit(new NumberTickUnit(1.0));
            axis.setNumberFormatOverride(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
            axis.setMinorTickCount(9);
            axis.setMinorTickMarksVisible(true);
            chart.getXYPlot().setRangeAxis(axis);
        }
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, 960, 600));
    }

    static JFreeChart chart(String title, String xLabel, String yLabel, List<Line> lines) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Line line : lines) {
            XYSeries series = new XYSeries(line.label(), false, true);
            for (int i = 0; i < line.y().length; i++) {
                series.add(line.x()[i], line.y()[i], false);
            }
            data.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        boolean fewPoints = lines.stream().allMatch(l -> l.y().length <= 20);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, fewPoints);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
            renderer.setSeriesStroke(s, new BasicStroke(2.0f));
        }
        plot.setRenderer(renderer);
        boolean wholeX = lines.stream().flatMapToDouble(l -> java.util.Arrays.stream(l.x())).allMatch(v -> v == Math.rint(v));
        if (wholeX) {
            ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return chart;
    }
}

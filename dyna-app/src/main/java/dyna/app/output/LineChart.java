package dyna.app.output;

import dyna.app.experiment.Measure;
import dyna.app.experiment.ResultTable;
import dyna.app.stats.Summary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/** Draws a PNG line chart, one line per configuration, on a linear or logarithmic y axis. */
public final class LineChart {

    /**
     * One line.
     *
     * @param label the legend entry
     * @param x     the x values
     * @param y     the y values, as many as x
     */
    public record Line(String label, double[] x, double[] y, double[] low, double[] high) {

        /** A line with no band. */
        public Line(String label, double[] x, double[] y) {
            this(label, x, y, null, null);
        }

        /** Whether the line has a shaded band from {@code low} to {@code high}. */
        public boolean banded() {
            return low != null && high != null;
        }
    }

    /** The SVG beside a PNG chart: {@code x.png} gives {@code x.svg}. */
    public static Path svgFile(Path png) {
        String name = png.getFileName().toString();
        return png.resolveSibling(name.replaceFirst("\\.png$", "") + ".svg");
    }

    /** 1, 2, ..., n. */
    public static double[] oneToN(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
        }
        return x;
    }

    /** One line per sweep point: the mean of the measure with its 95% confidence band. */
    public static List<Line> bands(ResultTable table, Measure measure, double[] x) {
        List<Line> lines = new java.util.ArrayList<>();
        for (int p = 0; p < table.points().size(); p++) {
            Summary[] s = table.summaries(p, measure);
            lines.add(new Line(table.points().get(p).label(), x,
                    java.util.Arrays.stream(s).mapToDouble(Summary::mean).toArray(),
                    java.util.Arrays.stream(s).mapToDouble(v -> Double.isNaN(v.low()) ? v.mean() : v.low()).toArray(),
                    java.util.Arrays.stream(s).mapToDouble(v -> Double.isNaN(v.high()) ? v.mean() : v.high()).toArray()));
        }
        return lines;
    }

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)
    };

    private LineChart() {
    }

    /**
     * Writes the chart as PNG and SVG files, atomically.
     *
     * @return why the chart could not be drawn, or empty when it was; nothing is written then
     */
    public static Optional<String> write(Path file, String title, String xLabel, String yLabel, List<Line> lines)
            throws IOException {
        return write(file, title, xLabel, yLabel, lines, false);
    }

    /**
     * Writes the chart as a PNG file and, beside it, as an SVG file, atomically, with a
     * logarithmic y axis if {@code logY}. A chart that cannot be drawn from these data is not a
     * failure of the run: nothing is written and the reason is returned, for a warning.
     *
     * @return why the chart could not be drawn, or empty when it was
     */
    public static Optional<String> write(Path file, String title, String xLabel, String yLabel, List<Line> lines,
            boolean logY) throws IOException {
        try {
            draw(file, title, xLabel, yLabel, lines, logY);
            return Optional.empty();
        } catch (RuntimeException e) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(svgFile(file));
            return Optional.of("the chart " + file.getFileName() + " was not drawn (" + e.getMessage() + ")");
        }
    }

    private static void draw(Path file, String title, String xLabel, String yLabel, List<Line> lines, boolean logY)
            throws IOException {
        JFreeChart chart = chart(title, xLabel, yLabel, lines);
        if (logY) {
            LogAxis axis = new LogAxis(yLabel);
            double low = lines.stream().flatMapToDouble(l -> java.util.Arrays.stream(l.y()))
                    .filter(v -> v > 0 && Double.isFinite(v)).min().orElse(1);
            double high = lines.stream().flatMapToDouble(l -> java.util.Arrays.stream(l.y())).filter(Double::isFinite)
                    .max().orElse(10);
            // Counts start at 1; measures below 1 (model errors) get decades down to their smallest value.
            double floor = low >= 1 ? 1 : Math.pow(10, Math.floor(Math.log10(low)));
            axis.setSmallestValue(floor);
            axis.setAutoTickUnitSelection(false);
            axis.setTickUnit(new NumberTickUnit(1.0));
            axis.setNumberFormatOverride(new DecimalFormat(floor >= 1 ? "#,##0" : "#,##0.##########",
                    DecimalFormatSymbols.getInstance(Locale.ROOT)));
            axis.setMinorTickCount(9);
            axis.setMinorTickMarksVisible(true);
            if (!(high > low)) {
                axis.setRange(Math.max(floor, low / 2), Math.max(10 * floor, high * 2));   // one value: a decade around it
            } else if (floor < 1) {
                axis.setRange(floor, Math.pow(10, Math.ceil(Math.log10(high))));
            }
            chart.getXYPlot().setRangeAxis(axis);
        }
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, 960, 600));
        SVGGraphics2D svg = new SVGGraphics2D(960, 600);
        svg.setDefsKeyPrefix("dyna");   // the default prefix is random: the same chart would differ byte for byte
        chart.draw(svg, new Rectangle(0, 0, 960, 600));
        String document = svg.getSVGDocument();
        AtomicFiles.write(svgFile(file), out -> out.write(document.getBytes(StandardCharsets.UTF_8)));
    }

    static JFreeChart chart(String title, String xLabel, String yLabel, List<Line> lines) {
        boolean banded = !lines.isEmpty() && lines.stream().allMatch(Line::banded);
        XYSeriesCollection plain = new XYSeriesCollection();
        YIntervalSeriesCollection intervals = new YIntervalSeriesCollection();
        for (Line line : lines) {
            if (banded) {
                YIntervalSeries series = new YIntervalSeries(line.label(), false, true);
                for (int i = 0; i < line.y().length; i++) {
                    series.add(line.x()[i], line.y()[i], line.low()[i], line.high()[i]);
                }
                intervals.addSeries(series);
            } else {
                XYSeries series = new XYSeries(line.label(), false, true);
                for (int i = 0; i < line.y().length; i++) {
                    series.add(line.x()[i], line.y()[i], false);
                }
                plain.addSeries(series);
            }
        }
        XYDataset data = banded ? intervals : plain;
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data, PlotOrientation.VERTICAL,
                true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        boolean fewPoints = lines.stream().allMatch(l -> l.y().length <= 20);
        XYLineAndShapeRenderer renderer = banded ? new DeviationRenderer(true, fewPoints)
                : new XYLineAndShapeRenderer(true, fewPoints);
        for (int s = 0; s < data.getSeriesCount(); s++) {
            Color color = PALETTE[s % PALETTE.length];
            renderer.setSeriesPaint(s, color);
            renderer.setSeriesFillPaint(s, color);
            renderer.setSeriesStroke(s, new BasicStroke(2.0f));
        }
        if (renderer instanceof DeviationRenderer deviation) {
            deviation.setAlpha(0.18f);
        }
        plot.setRenderer(renderer);
        boolean wholeX = lines.stream().flatMapToDouble(l -> java.util.Arrays.stream(l.x())).allMatch(v -> v == Math.rint(v));
        if (wholeX) {
            ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return chart;
    }
}

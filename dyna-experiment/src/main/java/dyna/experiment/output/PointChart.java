package dyna.experiment.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A chart of one value per configuration (real steps until solved, updates until optimal): a
 * point per sweep point with its interval, over the configurations named on the x axis, not a
 * line over a numeric axis they do not have.
 */
public final class PointChart {

    private static final int WIDTH = 960;
    private static final Color POINT = new Color(0x1f77b4);

    /**
     * One configuration's value.
     *
     * @param label its name on the axis, such as {@code model=true-model, planning-steps=10}
     * @param value the point (a mean, a median)
     * @param low   the interval's lower end (the value itself for none)
     * @param high  the interval's upper end
     */
    public record Point(String label, double value, double low, double high) {
    }

    private PointChart() {
    }

    /**
     * Writes the chart as a PNG file and, beside it, an SVG file, atomically, with a logarithmic
     * y axis if {@code logY} and every value is positive.
     *
     * @return why the chart could not be drawn, or empty when it was
     */
    public static Optional<String> write(Path file, String title, String yLabel, List<Point> points, boolean logY)
            throws IOException {
        JFreeChart chart;
        try {
            chart = chart(title, yLabel, points, logY);
        } catch (RuntimeException e) {
            return Optional.of("the chart " + file.getFileName() + " was not drawn (" + e.getMessage() + ")");
        }
        int height = 520 + (vertical(points) ? 7 * Math.min(80, longestLabel(points)) : 0);
        return LineChart.writeImages(file, WIDTH, height, g2 -> chart.draw(g2, new Rectangle(0, 0, WIDTH, height)));
    }

    static JFreeChart chart(String title, String yLabel, List<Point> points, boolean logY) {
        YIntervalSeries series = new YIntervalSeries("values");
        String[] names = new String[points.size()];
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            names[i] = point.label();
            series.add(i, point.value(), Double.isFinite(point.low()) ? point.low() : point.value(),
                    Double.isFinite(point.high()) ? point.high() : point.value());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        SymbolAxis configurations = new SymbolAxis("", names);
        configurations.setGridBandsVisible(false);
        configurations.setVerticalTickLabels(vertical(points));
        configurations.setLowerMargin(0.5 / Math.max(1, points.size()));
        configurations.setUpperMargin(0.5 / Math.max(1, points.size()));
        configurations.setRange(-0.5, points.size() - 0.5);
        boolean positive = points.stream().allMatch(p -> p.value() > 0 && !(p.low() <= 0));
        double[] all = points.stream().flatMapToDouble(p -> java.util.stream.DoubleStream.of(p.value(), p.low(), p.high()))
                .toArray();
        List<LineChart.Line> asLine = List.of(new LineChart.Line("", new double[all.length], all));
        ValueAxis values;
        if (logY && positive && LineChart.decades(asLine) >= 1) {   // as the line charts: within a decade, linear
            values = LineChart.logAxis(yLabel, asLine);
        } else {
            NumberAxis linear = new NumberAxis(yLabel);
            linear.setAutoRangeIncludesZero(points.stream().allMatch(p -> p.low() >= 0));
            values = linear;
        }
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesPaint(0, POINT);
        renderer.setErrorPaint(POINT);
        renderer.setErrorStroke(new BasicStroke(2f));
        renderer.setCapLength(10);
        XYPlot plot = new XYPlot(data, configurations, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Whether the names are written upwards: when the longest does not fit its share of the width. */
    private static boolean vertical(List<Point> points) {
        return longestLabel(points) * 7 > (WIDTH - 120) / Math.max(1, points.size());
    }

    private static int longestLabel(List<Point> points) {
        return points.stream().mapToInt(p -> p.label().length()).max().orElse(0);
    }
}

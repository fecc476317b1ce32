package dyna.experiment.output;

import dyna.experiment.Measure;
import dyna.experiment.stats.Summary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws line charts as PNG and SVG: one panel, or a grid of panels (small multiples: a row per
 * measure, a column per value of a swept dimension) with one legend for all. A line keeps its
 * colour and dash in every panel; past eight lines, dashes tell apart lines of the same colour.
 */
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

    /**
     * The line of one sweep point's summaries: the means, with the 95% confidence interval, or
     * with one standard error either side if {@code standardErrors}; the band is cut at 0 for a
     * measure that is never negative. A summary without spread (one run) has no band width.
     */
    public static Line band(String label, Summary[] s, double[] x, Measure measure, boolean standardErrors) {
        double[] mean = new double[s.length];
        double[] low = new double[s.length];
        double[] high = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            mean[i] = s[i].mean();
            double below = standardErrors ? s[i].mean() - s[i].standardError() : s[i].low();
            double above = standardErrors ? s[i].mean() + s[i].standardError() : s[i].high();
            low[i] = Double.isNaN(below) ? mean[i] : below;
            high[i] = Double.isNaN(above) ? mean[i] : above;
            if (measure.nonNegative()) {
                low[i] = Math.max(0, low[i]);
            }
        }
        return new Line(label, x, mean, low, high);
    }

    /** The line from the first x value at least {@code xFrom} on (all of it if NaN). */
    public static Line from(Line line, double xFrom) {
        if (Double.isNaN(xFrom)) {
            return line;
        }
        int first = 0;
        while (first < line.x().length && line.x()[first] < xFrom) {
            first++;
        }
        int n = line.x().length;
        return new Line(line.label(), Arrays.copyOfRange(line.x(), first, n), Arrays.copyOfRange(line.y(), first, n),
                line.banded() ? Arrays.copyOfRange(line.low(), first, n) : null,
                line.banded() ? Arrays.copyOfRange(line.high(), first, n) : null);
    }

    /**
     * One panel of a figure.
     *
     * @param title  the panel's title (empty in a figure of one panel)
     * @param yLabel its y axis label
     * @param lines  its lines
     */
    public record Panel(String title, String yLabel, List<Line> lines) {

        /** Copies the lines. */
        public Panel {
            lines = List.copyOf(lines);
        }
    }

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)
    };
    private static final float[][] DASHES = {null, {9f, 5f}, {2f, 4f}, {9f, 4f, 2f, 4f}};
    private static final int WIDTH = 960;
    private static final int TITLE_HEIGHT = 36;
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font PANEL_TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

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
     * Writes a one-panel chart as a PNG file and, beside it, as an SVG file, atomically, with a
     * logarithmic y axis if {@code logY}.
     *
     * @return why the chart could not be drawn, or empty when it was
     */
    public static Optional<String> write(Path file, String title, String xLabel, String yLabel, List<Line> lines,
            boolean logY) throws IOException {
        return writeGrid(file, title, "", xLabel, List.of(List.of(new Panel("", yLabel, lines))), logY);
    }

    /**
     * Writes a grid of panels (rows of columns) as a PNG file and, beside it, an SVG file,
     * atomically, with a subtitle under the title (what every panel shows, such as "mean of 30
     * runs", or empty). Panels in a row share their y range. A chart that cannot be drawn from
     * these data is not a failure of the run: nothing is written and the reason is returned, for
     * a warning.
     *
     * @return why the chart could not be drawn, or empty when it was
     */
    public static Optional<String> writeGrid(Path file, String title, String subtitle, String xLabel,
            List<List<Panel>> rows, boolean logY) throws IOException {
        Figure figure;
        int height;
        try {
            figure = new Figure(title, subtitle, xLabel, rows, logY);
            height = figure.height(new BufferedImage(WIDTH, 1, BufferedImage.TYPE_INT_RGB).createGraphics());
        } catch (RuntimeException e) {
            return Optional.of("the chart " + file.getFileName() + " was not drawn (" + e.getMessage() + ")");
        }
        return writeImages(file, figure.width(), height, g2 -> figure.draw(g2, height));
    }

    /**
     * The SVG document of a grid of panels, for a page that inlines it (no PNG is drawn).
     *
     * @throws RuntimeException when the chart cannot be drawn from these data, saying why
     */
    static String gridSvg(String title, String subtitle, String xLabel, List<List<Panel>> rows, boolean logY) {
        Figure figure = new Figure(title, subtitle, xLabel, rows, logY);
        int height = figure.height(new BufferedImage(WIDTH, 1, BufferedImage.TYPE_INT_RGB).createGraphics());
        SVGGraphics2D svg = new SVGGraphics2D(figure.width(), height);
        svg.setDefsKeyPrefix("dyna");
        figure.draw(svg, height);
        return svg.getSVGDocument();
    }

    /**
     * Draws a chart of {@code width} x {@code height} pixels into {@code file} (PNG) and its SVG
     * beside it, atomically; a chart that cannot be drawn, even for want of memory, is not a
     * failure of the runs: nothing is left and the reason is returned, for a warning.
     */
    static Optional<String> writeImages(Path file, int width, int height,
            java.util.function.Consumer<Graphics2D> draw) throws IOException {
        try {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g2 = image.createGraphics();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            draw.accept(g2);
            g2.dispose();
            AtomicFiles.write(file, out -> ChartUtils.writeBufferedImageAsPNG(out, image));
            SVGGraphics2D svg = new SVGGraphics2D(width, height);
            svg.setDefsKeyPrefix("dyna");   // the default prefix is random: the same chart would differ byte for byte
            draw.accept(svg);
            String document = svg.getSVGDocument();
            AtomicFiles.write(svgFile(file), out -> out.write(document.getBytes(StandardCharsets.UTF_8)));
            return Optional.empty();
        } catch (RuntimeException e) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(svgFile(file));
            return Optional.of("the chart " + file.getFileName() + " was not drawn (" + e.getMessage() + ")");
        } catch (OutOfMemoryError e) {   // the chart's own images: the runs are done and kept
            Files.deleteIfExists(file);
            Files.deleteIfExists(svgFile(file));
            return Optional.of("the chart " + file.getFileName() + " was not drawn (it needed more memory than the heap "
                    + "had left; the runs are finished and their data written)");
        }
    }

    /** A figure: a title, a grid of panels and one legend, laid out for a graphics context. */
    private record Figure(String title, String subtitle, String xLabel, List<List<Panel>> rows, boolean logY) {

        int top() {
            return subtitle.isEmpty() ? TITLE_HEIGHT : TITLE_HEIGHT + 18;
        }

        int columns() {
            return rows.stream().mapToInt(List::size).max().orElse(1);
        }

        int width() {
            return Math.max(WIDTH, 330 * columns());
        }

        int cellHeight() {
            return rows.size() == 1 ? 500 : 330;
        }

        /** Every line label in order of first appearance: the legend, and each line's style. */
        List<String> labels() {
            LinkedHashSet<String> labels = new LinkedHashSet<>();
            rows.forEach(row -> row.forEach(panel -> panel.lines().forEach(line -> labels.add(line.label()))));
            return List.copyOf(labels);
        }

        LegendTitle legend() {
            List<String> labels = labels();
            if (labels.size() < 2) {
                return null;
            }
            LegendItemCollection items = new LegendItemCollection();
            for (int s = 0; s < labels.size(); s++) {
                items.add(new LegendItem(labels.get(s), null, null, null, new Line2D.Double(-12, 0, 12, 0), stroke(s),
                        color(s)));
            }
            LegendTitle legend = new LegendTitle(() -> items);
            legend.setItemFont(LEGEND_FONT);
            legend.setBackgroundPaint(Color.WHITE);
            return legend;
        }

        double legendHeight(Graphics2D g2) {
            LegendTitle legend = legend();
            if (legend == null) {
                return 0;
            }
            return legend.arrange(g2, new RectangleConstraint(width() - 40, new Range(0, width() - 40),
                    LengthConstraintType.RANGE, 0, null, LengthConstraintType.NONE)).getHeight() + 12;
        }

        int height(Graphics2D g2) {
            return (int) Math.ceil(top() + rows.size() * cellHeight() + legendHeight(g2));
        }

        void draw(Graphics2D g2, int height) {
            g2.setPaint(Color.WHITE);
            g2.fill(new Rectangle(0, 0, width(), height));
            g2.setPaint(Color.BLACK);
            g2.setFont(TITLE_FONT);
            int titleWidth = g2.getFontMetrics().stringWidth(title);
            g2.drawString(title, Math.max(4, (width() - titleWidth) / 2), 24);
            if (!subtitle.isEmpty()) {
                g2.setFont(LEGEND_FONT);
                int subtitleWidth = g2.getFontMetrics().stringWidth(subtitle);
                g2.drawString(subtitle, Math.max(4, (width() - subtitleWidth) / 2), 44);
            }
            List<String> labels = labels();
            for (int r = 0; r < rows.size(); r++) {
                List<Panel> row = rows.get(r);
                List<JFreeChart> charts = new ArrayList<>();
                for (int c = 0; c < row.size(); c++) {
                    Panel panel = row.get(c);
                    charts.add(chart(panel.title(), r == rows.size() - 1 ? xLabel : "",
                            c == 0 ? panel.yLabel() : "", panel.lines(), labels, logY));
                }
                shareRange(charts);
                double cellWidth = (double) width() / row.size();
                for (int c = 0; c < charts.size(); c++) {
                    charts.get(c).draw(g2, new Rectangle2D.Double(c * cellWidth, top() + r * cellHeight(),
                            cellWidth, cellHeight()));
                }
            }
            LegendTitle legend = legend();
            if (legend != null) {
                double top = top() + rows.size() * cellHeight();
                Size2D size = legend.arrange(g2, new RectangleConstraint(width() - 40, new Range(0, width() - 40),
                        LengthConstraintType.RANGE, 0, null, LengthConstraintType.NONE));
                legend.draw(g2, new Rectangle2D.Double((width() - size.getWidth()) / 2, top + 4, size.getWidth(),
                        size.getHeight()));
            }
        }
    }

    /** Gives every chart of a row the union of their y ranges, so that panels compare at a glance. */
    private static void shareRange(List<JFreeChart> charts) {
        if (charts.size() < 2) {
            return;
        }
        Range union = null;
        for (JFreeChart chart : charts) {
            union = Range.combine(union, chart.getXYPlot().getRangeAxis().getRange());
        }
        for (JFreeChart chart : charts) {
            chart.getXYPlot().getRangeAxis().setRange(union);
        }
    }

    private static Color color(int style) {
        return PALETTE[style % PALETTE.length];
    }

    private static BasicStroke stroke(int style) {
        float[] dash = DASHES[(style / PALETTE.length) % DASHES.length];
        return dash == null ? new BasicStroke(2.0f)
                : new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** One panel's chart, without a legend, each line styled by its label's place in {@code labels}. */
    static JFreeChart chart(String title, String xLabel, String yLabel, List<Line> lines, List<String> labels,
            boolean logY) {
        boolean banded = !lines.isEmpty() && lines.stream().allMatch(Line::banded);
        XYSeriesCollection plain = new XYSeriesCollection();
        YIntervalSeriesCollection intervals = new YIntervalSeriesCollection();
        for (Line line : lines) {
            if (line.y().length != line.x().length || (line.banded()
                    && (line.low().length != line.x().length || line.high().length != line.x().length))) {
                throw new IllegalArgumentException("line " + line.label() + " has " + line.x().length + " x values and "
                        + line.y().length + " y values");
            }
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
        JFreeChart chart = ChartFactory.createXYLineChart(title.isEmpty() ? null : title, xLabel, yLabel, data,
                PlotOrientation.VERTICAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(PANEL_TITLE_FONT);
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        boolean fewPoints = lines.stream().allMatch(l -> l.y().length <= 20);
        XYLineAndShapeRenderer renderer = banded ? new DeviationRenderer(true, fewPoints)
                : new XYLineAndShapeRenderer(true, fewPoints);
        for (int s = 0; s < lines.size(); s++) {
            int style = labels.indexOf(lines.get(s).label());
            renderer.setSeriesPaint(s, color(style));
            renderer.setSeriesFillPaint(s, color(style));
            renderer.setSeriesStroke(s, stroke(style));
        }
        if (renderer instanceof DeviationRenderer deviation) {
            deviation.setAlpha(0.18f);
        }
        plot.setRenderer(renderer);
        NumberAxis domain = (NumberAxis) plot.getDomainAxis();
        domain.setAutoRangeIncludesZero(false);   // the x values drawn, from x-from on
        domain.setLowerMargin(0.01);   // the default 5% reaches below 0 from episode 2, and sticks there
        domain.setUpperMargin(0.01);
        if (lines.stream().flatMapToDouble(l -> Arrays.stream(l.x())).allMatch(v -> v == Math.rint(v))) {
            domain.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        if (logY && decades(lines) >= 1) {   // within one decade a log axis would have no labelled tick
            LogAxis axis = logAxis(yLabel, lines);
            axis.setLabelFont(plot.getDomainAxis().getLabelFont());
            axis.setTickLabelFont(plot.getDomainAxis().getTickLabelFont());
            plot.setRangeAxis(axis);
        }
        return chart;
    }

    /** How many decades the lines' positive values span. */
    static double decades(List<Line> lines) {
        double low = lines.stream().flatMapToDouble(l -> Arrays.stream(l.y())).filter(v -> v > 0 && Double.isFinite(v))
                .min().orElse(1);
        double high = lines.stream().flatMapToDouble(l -> Arrays.stream(l.y())).filter(v -> v > 0 && Double.isFinite(v))
                .max().orElse(1);
        return Math.log10(high / low);
    }

    /** A logarithmic axis from the decade below the smallest positive value (1 for counts). */
    static LogAxis logAxis(String yLabel, List<Line> lines) {
        LogAxis axis = decades(lines) < 2 ? new LabelledLogAxis(yLabel) : new LogAxis(yLabel);
        double low = lines.stream().flatMapToDouble(l -> Arrays.stream(l.y()))
                .filter(v -> v > 0 && Double.isFinite(v)).min().orElse(1);
        double high = lines.stream().flatMapToDouble(l -> Arrays.stream(l.y())).filter(Double::isFinite)
                .max().orElse(10);
        // Counts start at 1; measures below 1 (model errors) get decades down to their smallest value.
        double floor = low >= 1 ? 1 : Math.pow(10, Math.floor(Math.log10(low)));
        axis.setSmallestValue(floor);
        axis.setAutoTickUnitSelection(false);
        axis.setTickUnit(new NumberTickUnit(1.0));
        // Values beyond what ten decimals or a few thousand separators show readably get powers of ten.
        boolean scientific = floor < 1e-6 || high >= 1e15;
        axis.setNumberFormatOverride(new DecimalFormat(scientific ? "0.##E0" : floor >= 1 ? "#,##0" : "#,##0.##########",
                DecimalFormatSymbols.getInstance(Locale.ROOT)));
        axis.setMinorTickCount(9);
        axis.setMinorTickMarksVisible(true);
        if (!(high > low)) {
            axis.setRange(Math.max(floor, low / 2), Math.max(10 * floor, high * 2));   // one value: a decade around it
        } else if (floor < 1) {
            axis.setRange(floor, Math.pow(10, Math.ceil(Math.log10(high))));
        }
        return axis;
    }

    /**
     * A log axis that also labels 2 and 5 times each power of ten, for data within two decades,
     * where powers of ten alone would leave one label or none (as the book's Figure 10.2 does:
     * 100, 200, 400, 1000).
     */
    private static final class LabelledLogAxis extends LogAxis {

        LabelledLogAxis(String label) {
            super(label);
        }

        @Override
        @SuppressWarnings("rawtypes")
        protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            List<ValueTick> ticks = new ArrayList<>();
            TextAnchor anchor = edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
            Range range = getRange();
            // The axis may reach below its smallest value (to 0, where log10 is -infinity): start at
            // the smallest value it draws, so that the loop has its decades and no more.
            double lower = Math.max(range.getLowerBound(), getSmallestValue());
            if (!(lower > 0) || !Double.isFinite(range.getUpperBound()) || range.getUpperBound() <= lower) {
                return super.refreshTicksVertical(g2, dataArea, edge);
            }
            for (int decade = (int) Math.floor(Math.log10(lower));
                    decade <= (int) Math.ceil(Math.log10(range.getUpperBound())); decade++) {
                for (int m = 1; m <= 9; m++) {
                    double value = m * Math.pow(10, decade);
                    if (!range.contains(value)) {
                        continue;
                    }
                    boolean labelled = m == 1 || m == 2 || m == 5;
                    ticks.add(new NumberTick(labelled ? TickType.MAJOR : TickType.MINOR, value,
                            labelled ? getNumberFormatOverride().format(value) : "", anchor, anchor, 0.0));
                }
            }
            return ticks;
        }
    }
}

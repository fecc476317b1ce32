package dyna.experiment.output;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jfree.chart.ChartUtils;
import org.jfree.svg.SVGGraphics2D;

/**
 * A picture drawn once with Java 2D and written twice, as a PNG and as an SVG beside it (same
 * name, {@code .svg}), each atomically. For pictures that are not line charts: heat maps,
 * surfaces.
 */
public final class Drawing {

    private static final float[][] VIRIDIS = {
        {0.267f, 0.005f, 0.329f}, {0.231f, 0.322f, 0.545f}, {0.129f, 0.569f, 0.549f},
        {0.369f, 0.788f, 0.384f}, {0.993f, 0.906f, 0.144f}};

    private Drawing() {
    }

    /** Draws {@code paint} on a white {@code width} x {@code height} canvas into {@code png} and its {@code .svg}. */
    public static void write(Path png, int width, int height, Consumer<Graphics2D> paint) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        prepare(g, width, height);
        paint.accept(g);
        g.dispose();
        AtomicFiles.write(png, out -> ChartUtils.writeBufferedImageAsPNG(out, image));
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        svg.setDefsKeyPrefix("dyna");   // the default prefix is random: the same picture would differ byte for byte
        prepare(svg, width, height);
        paint.accept(svg);
        String document = svg.getSVGDocument();
        String name = png.getFileName().toString().replaceFirst("\\.png$", "") + ".svg";
        AtomicFiles.write(png.resolveSibling(name), out -> out.write(document.getBytes(StandardCharsets.UTF_8)));
    }

    private static void prepare(Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    /** The colour of {@code t} in [0, 1] on the viridis scale (dark blue to yellow); NaN is light grey. */
    public static Color viridis(double t) {
        if (Double.isNaN(t)) {
            return new Color(0xdddddd);
        }
        double at = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) at);
        float f = (float) (at - i);
        float[] a = VIRIDIS[i];
        float[] b = VIRIDIS[i + 1];
        return new Color(a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1]), a[2] + f * (b[2] - a[2]));
    }
}

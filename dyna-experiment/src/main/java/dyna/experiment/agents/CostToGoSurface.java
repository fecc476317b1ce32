package dyna.experiment.agents;

import dyna.api.learning.ActionValues;
import dyna.api.learning.FeatureVector;
import dyna.api.learning.Features;
import dyna.api.space.Box;
import dyna.experiment.output.Drawing;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The cost-to-go −max_a Q(s, a) over a two-dimensional observation space, drawn as a surface in
 * perspective as Sutton and Barto's Figure 10.1 draws Mountain Car's (position and velocity on
 * the floor, cost-to-go up): read from the agent's values on a regular grid over the bounds of
 * the observations.
 */
final class CostToGoSurface {

    static final int GRID = 40;

    private final Box box;
    private final double[][] cost;
    private final String[] axes;

    /**
     * Reads the cost-to-go on a {@value #GRID} x {@value #GRID} grid.
     *
     * @param axes the names of the two dimensions, such as {@code position} and {@code velocity}
     */
    CostToGoSurface(Box box, ActionValues values, Features features, String[] axes) {
        this.box = box;
        this.axes = axes;
        this.cost = new double[GRID][GRID];
        FeatureVector x = new FeatureVector(features.maxActive());
        double[] observation = new double[2];
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                observation[0] = coordinate(0, i);
                observation[1] = coordinate(1, j);
                features.encode(-1, observation, x);
                cost[i][j] = -values.max(x);
            }
        }
    }

    private double coordinate(int dimension, int index) {
        double low = box.low(dimension);
        double high = box.high(dimension);
        return low + (high - low) * index / (GRID - 1);
    }

    /** The least cost-to-go on the grid. */
    double min() {
        return java.util.Arrays.stream(cost).flatMapToDouble(java.util.Arrays::stream).min().orElse(Double.NaN);
    }

    /** The greatest cost-to-go on the grid. */
    double max() {
        return java.util.Arrays.stream(cost).flatMapToDouble(java.util.Arrays::stream).max().orElse(Double.NaN);
    }

    /** Draws the surface into {@code png} and its {@code .svg}. */
    void write(Path png, String title) throws IOException {
        int width = 720;
        int height = 560;
        double min = min();
        double max = max();
        double span = max > min ? max - min : 1;
        // Floor point (u, v) in [0, 1]^2 at height h in [0, 1]: an oblique view from the front.
        double ox = 360;
        double oy = 470;
        double sx = 250;
        double sy = 95;
        double sh = 260;
        Drawing.write(png, width, height, g -> {
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString(title, 20, 24);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawString("cost-to-go  -max_a Q(s, a):  " + GridPicture.format(min) + " to " + GridPicture.format(max), 20, 42);
            // The floor's frame, then the cells from the back to the front (painter's order).
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1f));
            double[][] floor = {point(0, 0, 0, ox, oy, sx, sy, sh), point(1, 0, 0, ox, oy, sx, sy, sh),
                point(1, 1, 0, ox, oy, sx, sy, sh), point(0, 1, 0, ox, oy, sx, sy, sh)};
            for (int k = 0; k < 4; k++) {
                g.draw(new Line2D.Double(floor[k][0], floor[k][1], floor[(k + 1) % 4][0], floor[(k + 1) % 4][1]));
            }
            for (int sum = 2 * (GRID - 2); sum >= 0; sum--) {
                for (int i = Math.min(GRID - 2, sum); i >= 0 && sum - i <= GRID - 2; i--) {
                    int j = sum - i;
                    paintCell(g, i, j, min, span, ox, oy, sx, sy, sh);
                }
            }
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            label(g, axes[0] + "  " + GridPicture.format(box.low(0)) + " .. " + GridPicture.format(box.high(0)),
                    point(0.5, 0, 0, ox, oy, sx, sy, sh), 10, 28);
            label(g, axes[1] + "  " + GridPicture.format(box.low(1)) + " .. " + GridPicture.format(box.high(1)),
                    point(0, 0.5, 0, ox, oy, sx, sy, sh), -190, 28);
        });
    }

    /**
     * Cells are drawn far to near: far is high u (first dimension) and high v (second), whose
     * floor points lie higher on the page.
     */
    private void paintCell(Graphics2D g, int i, int j, double min, double span, double ox, double oy, double sx,
            double sy, double sh) {
        double[][] corners = new double[4][];
        int[][] at = {{i, j}, {i + 1, j}, {i + 1, j + 1}, {i, j + 1}};
        double mean = 0;
        for (int k = 0; k < 4; k++) {
            double h = (cost[at[k][0]][at[k][1]] - min) / span;
            mean += h / 4;
            corners[k] = point((double) at[k][0] / (GRID - 1), (double) at[k][1] / (GRID - 1), h, ox, oy, sx, sy, sh);
        }
        Path2D.Double quad = new Path2D.Double();
        quad.moveTo(corners[0][0], corners[0][1]);
        for (int k = 1; k < 4; k++) {
            quad.lineTo(corners[k][0], corners[k][1]);
        }
        quad.closePath();
        g.setColor(Drawing.viridis(0.15 + 0.85 * mean));
        g.fill(quad);
        g.setColor(new Color(0, 0, 0, 90));
        g.setStroke(new BasicStroke(0.5f));
        g.draw(quad);
    }

    /** The page point of floor point (u, v) lifted by h: u runs right and up, v left and up. */
    private static double[] point(double u, double v, double h, double ox, double oy, double sx, double sy, double sh) {
        return new double[] {ox + (u - v) * sx, oy - (u + v) * sy - h * sh};
    }

    private static void label(Graphics2D g, String text, double[] at, int dx, int dy) {
        g.drawString(text, (float) (at[0] + dx), (float) (at[1] + dy));
    }
}

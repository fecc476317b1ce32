package dyna.experiment.agents;

import dyna.api.env.GridLayout;
import dyna.experiment.output.Drawing;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What an agent learned in a grid world, drawn: each cell coloured by its state value V(s) =
 * max_a Q(s, a) (a heat map), with the greedy action as an arrow (several where actions tie),
 * walls dark, start and goals marked; and the same as text, one character per cell.
 */
final class GridPicture {

    private final GridLayout grid;
    private final StateValues values;

    GridPicture(GridLayout grid, StateValues values) {
        this.grid = grid;
        this.values = values;
    }

    /**
     * The greedy policy as text: {@code ^ v < >} for the greedy action, {@code +} where several
     * tie, {@code .} where nothing was learned, {@code #} a wall, {@code G} a goal.
     */
    String text() {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                text.append(symbol(r, c));
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }

    private char symbol(int row, int column) {
        int state = grid.stateAt(row, column);
        if (state < 0 || grid.isWall(row, column)) {
            return '#';
        }
        if (grid.mark(row, column).equals("G")) {
            return 'G';
        }
        int[] best = values.greedy(state);
        if (best.length == 0) {
            return '.';
        }
        if (best.length > 1) {
            return '+';
        }
        int dr = grid.rowStep(best[0]);
        int dc = grid.columnStep(best[0]);
        return dr < 0 && dc == 0 ? '^' : dr > 0 && dc == 0 ? 'v' : dc < 0 && dr == 0 ? '<' : dc > 0 && dr == 0 ? '>' : '*';
    }

    /** Draws the heat map and arrows into {@code png} and its {@code .svg}. */
    void write(Path png, String title) throws IOException {
        int cell = Math.max(1, Math.min(40, 900 / Math.max(grid.rows(), grid.columns())));
        int left = 20;
        int top = 48;
        int width = Math.max(left + grid.columns() * cell + 150, left + 20 + title.length() * 9);
        int height = top + grid.rows() * cell + 30;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                int state = grid.stateAt(r, c);
                if (state >= 0 && !grid.isWall(r, c) && values.learned(state)) {
                    low = Math.min(low, values.value(state));
                    high = Math.max(high, values.value(state));
                }
            }
        }
        double min = low;
        double max = high;
        Drawing.write(png, width, height, g -> {
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString(title, left, 22);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.drawString("colour: state value max_a Q(s, a); arrows: greedy actions", left, 40);
            for (int r = 0; r < grid.rows(); r++) {
                for (int c = 0; c < grid.columns(); c++) {
                    paintCell(g, r, c, left + c * cell, top + r * cell, cell, min, max);
                }
            }
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1f));
            g.drawRect(left, top, grid.columns() * cell, grid.rows() * cell);
            colourBar(g, left + grid.columns() * cell + 20, top, Math.min(200, grid.rows() * cell), min, max);
        });
    }

    private void paintCell(Graphics2D g, int row, int column, int x, int y, int cell, double min, double max) {
        int state = grid.stateAt(row, column);
        if (state < 0 || grid.isWall(row, column)) {
            g.setColor(new Color(0x333333));
            g.fillRect(x, y, cell, cell);
            return;
        }
        boolean learned = values.learned(state);
        double t = !learned ? Double.NaN : max > min ? (values.value(state) - min) / (max - min) : 0.5;
        Color fill = Drawing.viridis(t);
        g.setColor(fill);
        g.fillRect(x, y, cell, cell);
        Color ink = brightness(fill) > 0.55 ? Color.BLACK : Color.WHITE;
        String mark = grid.mark(row, column);
        if (!mark.isEmpty() && cell >= 10) {
            g.setColor(ink);
            int size = mark.equals("G") ? Math.max(8, cell / 2) : Math.max(8, cell / 3);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
            g.drawString(mark, x + 2, y + size);
        }
        if (cell < 12 || mark.equals("G")) {
            return;
        }
        g.setColor(ink);
        g.setStroke(new BasicStroke(Math.max(1f, cell / 18f)));
        double cx = x + cell / 2.0;
        double cy = y + cell / 2.0;
        double length = cell * 0.36;
        for (int action : values.greedy(state)) {
            double dx = grid.columnStep(action);
            double dy = grid.rowStep(action);
            double norm = Math.hypot(dx, dy);
            if (norm == 0) {
                continue;
            }
            dx /= norm;
            dy /= norm;
            double ex = cx + dx * length;
            double ey = cy + dy * length;
            g.draw(new Line2D.Double(cx - dx * length * 0.2, cy - dy * length * 0.2, ex, ey));
            double head = cell * 0.14;
            Path2D.Double tip = new Path2D.Double();
            tip.moveTo(ex, ey);
            tip.lineTo(ex - dx * head - dy * head * 0.6, ey - dy * head + dx * head * 0.6);
            tip.lineTo(ex - dx * head + dy * head * 0.6, ey - dy * head - dx * head * 0.6);
            tip.closePath();
            g.fill(tip);
        }
    }

    private static void colourBar(Graphics2D g, int x, int y, int height, double min, double max) {
        for (int i = 0; i < height; i++) {
            g.setColor(Drawing.viridis(1 - (double) i / (height - 1)));
            g.fillRect(x, y + i, 16, 1);
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(Double.isInfinite(max) ? "n/a" : format(max), x + 22, y + 10);
        g.drawString(Double.isInfinite(min) ? "n/a" : format(min), x + 22, y + height);
        g.setColor(Drawing.viridis(Double.NaN));
        g.fillRect(x, y + height + 12, 16, 12);
        g.setColor(Color.BLACK);
        g.drawString("all actions equal", x + 22, y + height + 22);
    }

    private static double brightness(Color c) {
        return (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255;
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }
}

package dyna.envs.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * A grid maze read from a plain text map, one character per cell: {@code S} the start (exactly
 * one), {@code G} a goal (at least one), {@code #} a wall, {@code .} a free cell. Row 0 is the
 * first line. Cells are numbered {@code row * columns + column}.
 */
final class GridMap {

    private final int rows;
    private final int columns;
    private final boolean[] walls;
    private final boolean[] goals;
    private final int start;

    private GridMap(int rows, int columns, boolean[] walls, boolean[] goals, int start) {
        this.rows = rows;
        this.columns = columns;
        this.walls = walls;
        this.goals = goals;
        this.start = start;
    }

    /**
     * Parses a map.
     *
     * @param source the map's name for messages, usually its file name
     * @param text   the map; a trailing newline and trailing blank lines are ignored
     * @throws IllegalArgumentException naming source, line and column of the first problem
     */
    /** The most cells a map may have, scaled or not (its tables grow with the cells). */
    static final long MAX_CELLS = 4_000_000;

    static GridMap parse(String source, String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(source + ": the map is empty; expected rows of S, G, # and .");
        }
        int rows = lines.size();
        int columns = lines.get(0).length();
        if ((long) rows * columns > MAX_CELLS) {
            throw new IllegalArgumentException(source + ": the map is " + rows + "x" + columns + " = "
                    + (long) rows * columns + " cells; at most " + MAX_CELLS + " are allowed");
        }
        boolean[] walls = new boolean[rows * columns];
        boolean[] goals = new boolean[rows * columns];
        int start = -1;
        String startAt = null;
        boolean anyGoal = false;
        for (int r = 0; r < rows; r++) {
            String line = lines.get(r);
            if (line.length() != columns) {
                int column = Math.min(line.length(), columns) + 1;
                throw new IllegalArgumentException(at(source, r, column) + "row " + (r + 1) + " has " + line.length()
                        + " cells but row 1 has " + columns + "; all rows must have the same length");
            }
            for (int c = 0; c < columns; c++) {
                int cell = r * columns + c;
                char ch = line.charAt(c);
                switch (ch) {
                    case '.' -> { }
                    case '#' -> walls[cell] = true;
                    case 'G' -> {
                        goals[cell] = true;
                        anyGoal = true;
                    }
                    case 'S' -> {
                        if (start >= 0) {
                            throw new IllegalArgumentException(at(source, r, c + 1)
                                    + "a second start 'S'; the first is at " + startAt + "; a map has exactly one");
                        }
                        start = cell;
                        startAt = "line " + (r + 1) + ", column " + (c + 1);
                    }
                    default -> throw new IllegalArgumentException(at(source, r, c + 1) + "unknown character '" + ch
                            + "'; valid: S (start), G (goal), # (wall), . (free)");
                }
            }
        }
        if (start < 0) {
            throw new IllegalArgumentException(source + ": no start 'S'; a map has exactly one");
        }
        if (!anyGoal) {
            throw new IllegalArgumentException(source + ": no goal 'G'; a map has at least one");
        }
        return new GridMap(rows, columns, walls, goals, start);
    }

    private static String at(String source, int row, int column) {
        return source + ":" + (row + 1) + ":" + column + ": ";
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    int cells() {
        return rows * columns;
    }

    int start() {
        return start;
    }

    boolean isWall(int cell) {
        return walls[cell];
    }

    boolean isGoal(int cell) {
        return goals[cell];
    }

    /** The cell of ({@code row}, {@code column}). */
    int cell(int row, int column) {
        return row * columns + column;
    }

    /**
     * This map at a finer resolution: every cell becomes an f x f block of the same kind, except
     * that only the top-left cell of the start block is the start (Sutton and Barto, Example 8.4).
     */
    GridMap scaled(int f) {
        if (f == 1) {
            return this;
        }
        long cells = (long) rows * columns * f * f;
        if (cells > MAX_CELLS) {
            throw new IllegalArgumentException("a " + rows + "x" + columns + " map at scale " + f + " would have "
                    + cells + " cells; at most " + MAX_CELLS + " are allowed");
        }
        int r2 = rows * f;
        int c2 = columns * f;
        boolean[] w = new boolean[r2 * c2];
        boolean[] g = new boolean[r2 * c2];
        for (int r = 0; r < r2; r++) {
            for (int c = 0; c < c2; c++) {
                int from = cell(r / f, c / f);
                w[r * c2 + c] = walls[from];
                g[r * c2 + c] = goals[from];
            }
        }
        int start2 = (start / columns) * f * c2 + (start % columns) * f;
        return new GridMap(r2, c2, w, g, start2);
    }
}

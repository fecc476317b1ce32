package dyna.api.env;

/**
 * An optional capability of an environment whose states are the cells of a grid (a maze, a
 * gridworld): where each state lies and which way each action moves, so that tools can draw what
 * an agent learned there (the greedy policy as arrows, the state values as a heat map, as
 * {@code dyna inspect} does). The environment implements it beside {@link Environment}; nothing
 * else asks for it.
 */
public interface GridLayout {

    /** The number of rows, drawn top to bottom. */
    int rows();

    /** The number of columns, drawn left to right. */
    int columns();

    /** The state at a cell, or -1 for a cell that is no state. */
    int stateAt(int row, int column);

    /**
     * Whether a cell is a wall now; by default, the cells that are no state. A maze whose walls
     * move keeps a state for every cell and says here which are walls.
     */
    default boolean isWall(int row, int column) {
        return stateAt(row, column) < 0;
    }

    /** The rows an action moves by on open ground, -1 for up: drawn as the action's arrow. */
    int rowStep(int action);

    /** The columns an action moves by on open ground, +1 for right. */
    int columnStep(int action);

    /** A short mark for a cell, such as {@code S} for the start and {@code G} for a goal; empty for none. */
    default String mark(int row, int column) {
        return "";
    }
}

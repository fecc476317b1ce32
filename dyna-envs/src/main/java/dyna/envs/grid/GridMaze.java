package dyna.envs.grid;

import dyna.api.env.Environment;
import dyna.api.env.GridLayout;
import dyna.api.env.Outcome;
import dyna.api.env.Step;
import dyna.api.env.TransitionTable;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import java.util.List;
import java.util.Optional;

/**
 * A deterministic grid maze: actions up, down, left, right (0 to 3); a move into a wall or off
 * the grid leaves the agent where it is and still counts as a step; reward +1 on entering a
 * goal, which ends the episode, and 0 otherwise.
 *
 * <p>The maze may change once: given a second map and a real time step, the second map is in
 * force from the start of the first episode that begins after that many real steps, so the
 * agent never stands inside a new wall. A seeded reset restores the first map and time 0.
 */
final class GridMaze implements Environment, TransitionTable, GridLayout {

    static final int UP = 0;
    static final int DOWN = 1;
    static final int LEFT = 2;
    static final int RIGHT = 3;
    private static final int[] ROW_DELTA = {-1, 1, 0, 0};
    private static final int[] COLUMN_DELTA = {0, 0, -1, 1};

    private final GridMap initial;
    private final GridMap changed;
    private final long changeAt;
    private final Discrete observations;
    private final Discrete actions = new Discrete(4);
    /** next[cell * 4 + action] under the map in force, so that a step is one array read. */
    private final int[] next;
    private GridMap map;
    private long stepsTaken;
    private int position;

    /** A maze that never changes. */
    GridMaze(GridMap map) {
        this(map, null, 0);
    }

    /**
     * A maze that changes to {@code changed} at the first episode start after {@code changeAt}
     * real steps; {@code changed} may be null for none.
     */
    GridMaze(GridMap initial, GridMap changed, long changeAt) {
        this.initial = initial;
        this.changed = changed;
        this.changeAt = changeAt;
        this.observations = new Discrete(initial.cells());
        this.next = new int[initial.cells() * 4];
        use(initial);
    }

    private void use(GridMap in) {
        map = in;
        for (int cell = 0; cell < map.cells(); cell++) {
            for (int a = 0; a < 4; a++) {
                next[cell * 4 + a] = move(cell, a);
            }
        }
        position = map.start();
    }

    private int move(int cell, int action) {
        int row = cell / map.columns() + ROW_DELTA[action];
        int column = cell % map.columns() + COLUMN_DELTA[action];
        if (row < 0 || row >= map.rows() || column < 0 || column >= map.columns()) {
            return cell;
        }
        int target = map.cell(row, column);
        return map.isWall(target) ? cell : target;
    }

    @Override
    public Space observationSpace() {
        return observations;
    }

    @Override
    public Discrete actionSpace() {
        return actions;
    }

    @Override
    public void reset(long seed, Step out) {
        stepsTaken = 0;
        if (map != initial) {
            use(initial);
        }
        reset(out);
    }

    @Override
    public void reset(Step out) {
        if (changed != null && map != changed && stepsTaken >= changeAt) {
            use(changed);
        }
        position = map.start();
        out.set(position, 0.0, false, false);
    }

    @Override
    public void step(int action, Step out) {
        if (action < 0 || action >= 4) {
            throw new IllegalArgumentException("action " + action + " is not in " + actions.describe());
        }
        stepsTaken++;
        position = next[position * 4 + action];
        boolean goal = map.isGoal(position);
        out.set(position, goal ? 1.0 : 0.0, goal, false);
    }

    /** Whether the second map is in force. */
    boolean hasChanged() {
        return changed != null && map == changed;
    }

    @Override
    public Optional<TransitionTable> transitionTable() {
        return Optional.of(this);
    }

    @Override
    public int stateCount() {
        return map.cells();
    }

    @Override
    public int actionCount() {
        return 4;
    }

    @Override
    public double initialProbability(int state) {
        return state == map.start() ? 1.0 : 0.0;
    }

    /** The outcomes under the map in force now. */
    @Override
    public List<Outcome> outcomes(int state, int action) {
        if (map.isWall(state) || map.isGoal(state)) {
            return List.of();
        }
        int target = next[state * 4 + action];
        boolean goal = map.isGoal(target);
        return List.of(new Outcome(1.0, target, goal ? 1.0 : 0.0, goal));
    }

    @Override
    public int rows() {
        return map.rows();
    }

    @Override
    public int columns() {
        return map.columns();
    }

    /** The cell's state: every cell is one, a wall too, as walls move when the maze changes. */
    @Override
    public int stateAt(int row, int column) {
        return map.cell(row, column);
    }

    /** Whether the cell is a wall in the map in force. */
    @Override
    public boolean isWall(int row, int column) {
        return map.isWall(map.cell(row, column));
    }

    @Override
    public int rowStep(int action) {
        return ROW_DELTA[action];
    }

    @Override
    public int columnStep(int action) {
        return COLUMN_DELTA[action];
    }

    @Override
    public String mark(int row, int column) {
        int cell = map.cell(row, column);
        return cell == map.start() ? "S" : map.isGoal(cell) ? "G" : "";
    }
}

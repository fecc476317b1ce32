package dyna.envs.grid;

import dyna.api.env.Environment;
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
 */
final class GridMaze implements Environment, TransitionTable {

    static final int UP = 0;
    static final int DOWN = 1;
    static final int LEFT = 2;
    static final int RIGHT = 3;
    private static final int[] ROW_DELTA = {-1, 1, 0, 0};
    private static final int[] COLUMN_DELTA = {0, 0, -1, 1};

    private final GridMap map;
    private final Discrete observations;
    private final Discrete actions = new Discrete(4);
    /** next[cell * 4 + action], precomputed so that a step is one array read. */
    private final int[] next;
    private int position;

    GridMaze(GridMap map) {
        this.map = map;
        this.observations = new Discrete(map.cells());
        this.next = new int[map.cells() * 4];
        for (int cell = 0; cell < map.cells(); cell++) {
            for (int a = 0; a < 4; a++) {
                next[cell * 4 + a] = move(cell, a);
            }
        }
        this.position = map.start();
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
        reset(out);
    }

    @Override
    public void reset(Step out) {
        position = map.start();
        out.set(position, 0.0, false, false);
    }

    @Override
    public void step(int action, Step out) {
        if (action < 0 || action >= 4) {
            throw new IllegalArgumentException("action " + action + " is not in " + actions.describe());
        }
        position = next[position * 4 + action];
        boolean goal = map.isGoal(position);
        out.set(position, goal ? 1.0 : 0.0, goal, false);
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

    @Override
    public List<Outcome> outcomes(int state, int action) {
        if (map.isWall(state) || map.isGoal(state)) {
            return List.of();
        }
        int target = next[state * 4 + action];
        boolean goal = map.isGoal(target);
        return List.of(new Outcome(1.0, target, goal ? 1.0 : 0.0, goal));
    }
}

package dyna.examples.windy;

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
 * The windy gridworld of Sutton and Barto's Example 6.5: 7 x 10 cells, start (3,0), goal (3,7);
 * a wind blows upward with strength 0 0 0 1 1 1 2 2 1 0 by column (that of the cell moved
 * from); actions up, down, left, right; reward -1 per step until the goal; moves off the grid
 * are clipped to its edge.
 */
final class WindyGridworld implements Environment, TransitionTable, GridLayout {

    static final int ROWS = 7;
    static final int COLUMNS = 10;
    static final int[] WIND = {0, 0, 0, 1, 1, 1, 2, 2, 1, 0};
    private static final int START = 3 * COLUMNS;
    private static final int GOAL = 3 * COLUMNS + 7;
    private static final int[] ROW_DELTA = {-1, 1, 0, 0};
    private static final int[] COLUMN_DELTA = {0, 0, -1, 1};
    private final Discrete observations = new Discrete(ROWS * COLUMNS);
    private final Discrete actions = new Discrete(4);
    private int position = START;

    static int next(int cell, int action) {
        int row = cell / COLUMNS;
        int column = cell % COLUMNS;
        int newRow = Math.max(0, Math.min(ROWS - 1, row + ROW_DELTA[action] - WIND[column]));
        int newColumn = Math.max(0, Math.min(COLUMNS - 1, column + COLUMN_DELTA[action]));
        return newRow * COLUMNS + newColumn;
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
        position = START;
        out.set(position, 0.0, false, false);
    }

    @Override
    public void step(int action, Step out) {
        if (action < 0 || action >= 4) {
            throw new IllegalArgumentException("action " + action + " is not in " + actions.describe());
        }
        position = next(position, action);
        out.set(position, -1.0, position == GOAL, false);
    }

    @Override
    public Optional<TransitionTable> transitionTable() {
        return Optional.of(this);
    }

    @Override
    public int stateCount() {
        return ROWS * COLUMNS;
    }

    @Override
    public int actionCount() {
        return 4;
    }

    @Override
    public double initialProbability(int state) {
        return state == START ? 1.0 : 0.0;
    }

    @Override
    public List<Outcome> outcomes(int state, int action) {
        if (state == GOAL) {
            return List.of();
        }
        int target = next(state, action);
        return List.of(new Outcome(1.0, target, -1.0, target == GOAL));
    }

    // As a GridLayout, so that 'dyna inspect' draws a saved agent's policy and values here.

    @Override
    public int rows() {
        return ROWS;
    }

    @Override
    public int columns() {
        return COLUMNS;
    }

    @Override
    public int stateAt(int row, int column) {
        return row * COLUMNS + column;
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
        int cell = row * COLUMNS + column;
        return cell == START ? "S" : cell == GOAL ? "G" : "";
    }
}

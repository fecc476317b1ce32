package dyna.models.tabular;

import dyna.api.env.Transition;
import java.io.DataInput;
import java.io.IOException;

/**
 * The Dyna-Q+ model: the deterministic model, plus the book's footnote to Dyna-Q+ (section
 * 8.3): when a state is first acted in, the actions never tried there enter the model as
 * leading back to the same state with reward 0, so that planning can consider them. How long
 * ago each pair was tried (τ) is kept by the agent for every model and handed to the bonus; for
 * these untried actions it counts from the start of the run.
 *
 * <p>Saved as {@code tabular-time/1}, in the bytes of {@code tabular-deterministic/1}: a state
 * counts as acted in when it has a known pair.
 */
final class TabularTimeModel extends TabularDeterministicModel {

    private final int actions;
    private final boolean[] visited;

    TabularTimeModel(int states, int actions) {
        super(states, actions);
        this.actions = actions;
        this.visited = new boolean[states];
    }

    @Override
    public void observe(Transition real) {
        int state = real.state();
        if (!visited[state]) {
            visited[state] = true;
            for (int untried = 0; untried < actions; untried++) {
                if (untried != real.action()) {
                    learn(state, untried, 0.0, state, false);
                }
            }
        }
        super.observe(real);
    }

    @Override
    public String format() {
        return "tabular-time/1";
    }

    @Override
    public void read(DataInput in, String format) throws IOException {
        super.read(in, format);
        for (int state = 0; state < visited.length; state++) {
            for (int action = 0; action < actions; action++) {
                visited[state] |= knows(state, action);
            }
        }
    }
}

package dyna.models.tabular;

import dyna.api.env.Transition;

/**
 * The Dyna-Q+ model: the deterministic model, plus the book's footnote to Dyna-Q+ (section
 * 8.3): when a state is first acted in, the actions never tried there enter the model as
 * leading back to the same state with reward 0, so that planning can consider them. How long
 * ago each pair was tried (τ) is kept by the agent for every model and handed to the bonus; for
 * these untried actions it counts from the start of the run.
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
}

package dyna.core.learning;

import dyna.api.env.Transition;
import dyna.api.learning.ActionValues;

/**
 * One-step Sarsa (Sutton and Barto, sections 6.4 and 10.1): Q(S, A) ← Q(S, A) + α [R + γ Q(S', A')
 * − Q(S, A)], where A' is the action the policy takes in S', chosen before the update as in the
 * book's box; no bootstrap from a terminal S'. On linear values it is episodic semi-gradient
 * Sarsa, the book's Mountain Car agent.
 */
final class Sarsa extends OneStepRule {


    Sarsa(double alpha, double gamma) {
        super(alpha, gamma);
    }

    @Override
    public boolean needsNextAction() {
        return true;
    }

    @Override
    public double target(ActionValues q, Transition t) {
        if (t.terminated()) {
            return t.reward();
        }
        if (t.nextAction() < 0) {
            throw new IllegalStateException("Sarsa needs the next action of " + t);
        }
        return t.reward() + gamma * q.value(t.nextFeatures(), t.nextAction());
    }
}

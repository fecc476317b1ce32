package dyna.api.env;

/**
 * The outcome of one step, written by an environment (or a model) into a buffer that the
 * caller owns, so that no object is allocated per step. For a discrete observation
 * space the observation is {@link #state()}; for a box it is {@link #observation()}.
 *
 * <p>Following Gymnasium, {@code terminated} means the episode reached a terminal state of the
 * MDP (do not bootstrap) and {@code truncated} means it was cut short, for example by a time
 * limit (do bootstrap).
 */
public final class Step {

    private final double[] observation;
    private int state;
    private double reward;
    private boolean terminated;
    private boolean truncated;

    /** A buffer for discrete observations. */
    public Step() {
        this(0);
    }

    /** A buffer for box observations of the given number of dimensions. */
    public Step(int dimensions) {
        this.observation = new double[dimensions];
    }

    /** Writes a whole discrete outcome and returns this buffer. */
    public Step set(int state, double reward, boolean terminated, boolean truncated) {
        this.state = state;
        this.reward = reward;
        this.terminated = terminated;
        this.truncated = truncated;
        return this;
    }

    /** Writes the reward and end flags of a box outcome (the observation is written in place). */
    public Step set(double reward, boolean terminated, boolean truncated) {
        this.reward = reward;
        this.terminated = terminated;
        this.truncated = truncated;
        return this;
    }

    /** The discrete observation. */
    public int state() {
        return state;
    }

    /** The box observation, written in place by the environment. */
    public double[] observation() {
        return observation;
    }

    /** The reward of the step (0 after a reset). */
    public double reward() {
        return reward;
    }

    /** Whether a terminal state was reached. */
    public boolean terminated() {
        return terminated;
    }

    /** Whether the episode was cut short without reaching a terminal state. */
    public boolean truncated() {
        return truncated;
    }

    /** Whether the episode is over, either way. */
    public boolean done() {
        return terminated || truncated;
    }
}

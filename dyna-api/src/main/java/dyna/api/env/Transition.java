package dyna.api.env;

import dyna.api.learning.FeatureVector;
import dyna.api.space.Box;
import dyna.api.space.Space;
import java.util.Arrays;

/**
 * One transition (S, A, R, S', terminated, truncated) in a buffer that the caller owns, so that
 * models, search controls and planners pass transitions without allocating. Where observations
 * are discrete, S and S' are state indices ({@link #state()}, {@link #nextState()}); where they
 * are boxes, they are vectors written in place ({@link #observation()},
 * {@link #nextObservation()}). Likewise A is an {@code int} ({@link #action()}) for discrete
 * actions and a vector written in place ({@link #actionVector()}) for box actions. A query to a model is a transition whose start ({@link #start})
 * is set; the model writes the outcome into the same buffer. The features of S and S' ({@link
 * #features()}, {@link #nextFeatures()}) and the next action A' ({@link #nextAction()}) are
 * written by the agent before an update rule or a model reads them.
 *
 * <p>New fields may be added in later versions; code that reads and writes transitions through
 * these methods keeps working.
 */
public final class Transition {

    private double[] observation;
    private double[] nextObservation;
    private final double[] actionVector;
    private FeatureVector features;
    private FeatureVector nextFeatures;
    private int nextAction = -1;
    private int state;
    private int action;
    private int nextState;
    private double reward;
    private boolean terminated;
    private boolean truncated;

    /** A buffer for discrete observations, with room for one active feature (one-hot). */
    public Transition() {
        this(0);
    }

    /** A buffer for box observations of the given number of dimensions, with room for one active feature. */
    public Transition(int dimensions) {
        this(dimensions, 1);
    }

    /**
     * A buffer for observations of the given number of dimensions (0 for discrete ones) and
     * feature vectors with room for {@code maxFeatures} active features.
     */
    public Transition(int dimensions, int maxFeatures) {
        this(dimensions, 0, maxFeatures);
    }

    /**
     * A buffer for observations and actions of the given spaces (a box's dimensions are its
     * vectors' lengths; a discrete space needs none) and feature vectors with room for {@code
     * maxFeatures} active features.
     */
    public Transition(Space observations, Space actions, int maxFeatures) {
        this(observations instanceof Box box ? box.dimensions() : 0,
                actions instanceof Box box ? box.dimensions() : 0, maxFeatures);
    }

    /**
     * A buffer for observations and actions of the given numbers of dimensions (0 for discrete
     * ones) and feature vectors with room for {@code maxFeatures} active features.
     */
    public Transition(int dimensions, int actionDimensions, int maxFeatures) {
        this.observation = new double[dimensions];
        this.nextObservation = new double[dimensions];
        this.actionVector = new double[actionDimensions];
        this.features = new FeatureVector(maxFeatures);
        this.nextFeatures = new FeatureVector(maxFeatures);
    }

    /** Sets the start: discrete state S and action A. Leaves the outcome as it was. */
    public Transition start(int state, int action) {
        this.state = state;
        this.action = action;
        return this;
    }

    /**
     * Sets the start: box observation S (copied) and action A. Leaves the outcome as it was.
     *
     * @throws IllegalArgumentException when {@code observation} has another number of dimensions
     */
    public Transition start(double[] observation, int action) {
        if (observation.length != this.observation.length) {
            throw new IllegalArgumentException("an observation of " + observation.length + " dimensions for a "
                    + "transition of " + this.observation.length);
        }
        System.arraycopy(observation, 0, this.observation, 0, observation.length);
        this.action = action;
        return this;
    }

    /**
     * Sets the start: box observation S and box action A (both copied). Leaves the outcome as it
     * was.
     *
     * @throws IllegalArgumentException when either has another number of dimensions than this buffer's
     */
    public Transition start(double[] observation, double[] action) {
        if (observation.length != this.observation.length || action.length != actionVector.length) {
            throw new IllegalArgumentException("an observation of " + observation.length + " and an action of "
                    + action.length + " dimensions for a transition of " + this.observation.length + " and "
                    + actionVector.length);
        }
        System.arraycopy(observation, 0, this.observation, 0, observation.length);
        System.arraycopy(action, 0, actionVector, 0, action.length);
        return this;
    }

    /** Sets the start to the start of {@code other} (state, observation and action, discrete or box). */
    public Transition startOf(Transition other) {
        state = other.state;
        action = other.action;
        System.arraycopy(other.observation, 0, observation, 0, observation.length);
        System.arraycopy(other.actionVector, 0, actionVector, 0, actionVector.length);
        return this;
    }

    /** Sets a discrete outcome: S', R and the end flags. */
    public Transition outcome(int nextState, double reward, boolean terminated, boolean truncated) {
        this.nextState = nextState;
        this.reward = reward;
        this.terminated = terminated;
        this.truncated = truncated;
        return this;
    }

    /** Sets R and the end flags of a box outcome, whose S' is written in place into {@link #nextObservation()}. */
    public Transition outcome(double reward, boolean terminated, boolean truncated) {
        this.reward = reward;
        this.terminated = terminated;
        this.truncated = truncated;
        return this;
    }

    /** Sets the outcome to an environment's step: its state or observation, reward and end flags. */
    public Transition outcome(Step step) {
        System.arraycopy(step.observation(), 0, nextObservation, 0, nextObservation.length);
        return outcome(step.state(), step.reward(), step.terminated(), step.truncated());
    }

    /** Sets the outcome to the outcome of {@code other}. */
    public Transition outcomeOf(Transition other) {
        System.arraycopy(other.nextObservation, 0, nextObservation, 0, nextObservation.length);
        return outcome(other.nextState, other.reward, other.terminated, other.truncated);
    }

    /** The discrete start state S. */
    public int state() {
        return state;
    }

    /** The box start observation S (live: written in place). */
    public double[] observation() {
        return observation;
    }

    /** The discrete action A. */
    public int action() {
        return action;
    }

    /** The box action A (live: written in place); empty where actions are discrete. */
    public double[] actionVector() {
        return actionVector;
    }

    /** The discrete next state S'. */
    public int nextState() {
        return nextState;
    }

    /** The box next observation S' (live: written in place). */
    public double[] nextObservation() {
        return nextObservation;
    }

    /** The reward R. */
    public double reward() {
        return reward;
    }

    /** Whether S' is terminal (do not bootstrap from it). */
    public boolean terminated() {
        return terminated;
    }

    /** Whether the episode was cut short at S' without reaching a terminal state (do bootstrap). */
    public boolean truncated() {
        return truncated;
    }

    /** The features x(S) of the start, as the agent wrote them. */
    public FeatureVector features() {
        return features;
    }

    /** The features x(S') of the outcome, as the agent wrote them. */
    public FeatureVector nextFeatures() {
        return nextFeatures;
    }

    /** The action A' the policy takes in S', for rules that need it; -1 when none was chosen. */
    public int nextAction() {
        return nextAction;
    }

    /** Sets the next action A'. */
    public Transition nextAction(int action) {
        this.nextAction = action;
        return this;
    }

    /**
     * Moves on by one step: the outcome's S' (state, observation and features) becomes the start
     * S, with no copying (the arrays trade places, so a reference kept to {@link #observation()}
     * or {@link #features()} now sees the other one).
     */
    public Transition advance() {
        state = nextState;
        double[] o = observation;
        observation = nextObservation;
        nextObservation = o;
        FeatureVector f = features;
        features = nextFeatures;
        nextFeatures = f;
        return this;
    }

    /** The number of dimensions of box observations; 0 for discrete ones. */
    public int dimensions() {
        return observation.length;
    }

    /** The number of dimensions of box actions; 0 for discrete ones. */
    public int actionDimensions() {
        return actionVector.length;
    }

    @Override
    public String toString() {
        String a = actionVector.length == 0 ? Integer.toString(action) : Arrays.toString(actionVector);
        return observation.length == 0
                ? "(" + state + ", " + a + ", " + reward + ", " + nextState + (terminated ? ", terminated" : "")
                        + (truncated ? ", truncated" : "") + ")"
                : "(" + Arrays.toString(observation) + ", " + a + ", " + reward + ", "
                        + Arrays.toString(nextObservation) + (terminated ? ", terminated" : "")
                        + (truncated ? ", truncated" : "") + ")";
    }
}

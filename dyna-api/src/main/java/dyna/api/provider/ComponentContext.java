package dyna.api.provider;

import dyna.api.env.Simulator;
import dyna.api.env.TransitionTable;
import dyna.api.space.Box;
import dyna.api.space.Discrete;
import dyna.api.space.Space;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * What a component is created with, besides its parameters: the spaces of the environment it
 * will work in, its own random stream derived from the run's seed, and the environment's true
 * dynamics where it gives them (for models that plan with the true dynamics, as in the book's
 * sections 8.5 and 8.6; learning agents ignore them).
 *
 * @param observations the environment's observation space
 * @param actionSpace  the environment's action space: discrete ({@link #actionCount}) or a box
 *                     ({@link #actionBox})
 * @param random       the component's own random stream; never shared with another component
 * @param dynamics     the environment's transition table, after its seeded reset, if it has one
 * @param simulator    the environment's true dynamics from any observation, if it gives them
 *                     (classic control)
 * @param extensions   the run's components of the kinds plugins declared, by kind (see {@link #extension})
 */
public record ComponentContext(Space observations, Space actionSpace, RandomGenerator random,
        Optional<TransitionTable> dynamics, Optional<Simulator> simulator, Map<ComponentKind, Object> extensions) {

    /** Copies the map of extensions. */
    public ComponentContext {
        extensions = Map.copyOf(extensions);
    }

    /** A context with true dynamics as given and no component of a declared kind. */
    public ComponentContext(Space observations, Space actionSpace, RandomGenerator random,
            Optional<TransitionTable> dynamics, Optional<Simulator> simulator) {
        this(observations, actionSpace, random, dynamics, simulator, Map.of());
    }

    /** A context with a transition table, or none, and no simulator. */
    public ComponentContext(Space observations, Space actionSpace, RandomGenerator random,
            Optional<TransitionTable> dynamics) {
        this(observations, actionSpace, random, dynamics, Optional.empty());
    }

    /** A context with no true dynamics. */
    public ComponentContext(Space observations, Space actionSpace, RandomGenerator random) {
        this(observations, actionSpace, random, Optional.empty(), Optional.empty());
    }

    /**
     * The run's component of a kind a plugin declared ({@link KindDeclaration}), for a component
     * that works with it (a model that forgets on a schedule chosen as a component of its own).
     *
     * @throws IllegalArgumentException when the run has none of that kind (the plugin that declares
     *                                  it is not loaded) or it is not a {@code type}
     */
    public <T> T extension(ComponentKind kind, Class<T> type) {
        Object component = extensions.get(kind);
        if (component == null) {
            throw new IllegalArgumentException("this run has no component of kind " + kind.label()
                    + "; the plugin that declares the kind is not loaded (see 'dyna plugins')");
        }
        if (!type.isInstance(component)) {
            throw new IllegalArgumentException("the run's " + kind.label() + " is a " + component.getClass().getName()
                    + ", not a " + type.getName());
        }
        return type.cast(component);
    }

    /** This context with the run's components of declared kinds. */
    public ComponentContext withExtensions(Map<ComponentKind, Object> components) {
        return new ComponentContext(observations, actionSpace, random, dynamics, simulator, components);
    }

    /**
     * The number of states, for components that work with tabular (discrete) observations.
     *
     * @param component the component's id, named in the error
     * @throws IllegalArgumentException when the observations are not discrete
     */
    public int stateCount(String component) {
        if (observations instanceof Discrete discrete) {
            return discrete.n();
        }
        throw new IllegalArgumentException(component + " works with discrete observations only, but the environment's are "
                + observations.describe());
    }

    /**
     * The number of actions, for components that work with discrete actions.
     *
     * @param component the component's id, named in the error
     * @throws IllegalArgumentException when the actions are a box
     */
    public int actionCount(String component) {
        if (actionSpace instanceof Discrete discrete) {
            return discrete.n();
        }
        throw new IllegalArgumentException(component + " works with discrete actions only, but the environment's are "
                + actionSpace.describe());
    }

    /**
     * The box of actions, for components that work with box (continuous) actions.
     *
     * @param component the component's id, named in the error
     * @throws IllegalArgumentException when the actions are discrete
     */
    public Box actionBox(String component) {
        if (actionSpace instanceof Box box) {
            return box;
        }
        throw new IllegalArgumentException(component + " works with box actions only, but the environment's are "
                + actionSpace.describe());
    }
}

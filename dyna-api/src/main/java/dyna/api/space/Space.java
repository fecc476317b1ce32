package dyna.api.space;

/**
 * The shape of observations or actions: {@link Discrete} ({@code int} values, for tabular
 * work) or {@link Box} ({@code double[]} values, for features and function approximation).
 */
public sealed interface Space permits Discrete, Box {

    /** A short description for messages and listings, for example {@code discrete(54)}. */
    String describe();
}

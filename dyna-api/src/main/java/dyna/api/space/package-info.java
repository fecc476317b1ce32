/** Observation and action spaces: {@link dyna.api.space.Discrete} and {@link dyna.api.space.Box}. */
package dyna.api.space;

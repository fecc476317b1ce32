/**
 * Environments with Gymnasium's semantics: {@code reset(seed)} starts an episode and
 * {@code step(action)} gives observation, reward, terminated and truncated, written into a
 * {@link dyna.api.env.Step} that the caller owns, so that no object is allocated per step.
 */
package dyna.api.env;

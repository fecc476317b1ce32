/**
 * The probabilistic ensemble model ({@code neural-ensemble}): Gaussian networks over the change
 * of the observation, the reward and termination, written on {@code dyna-nn} as a forward pass and
 * a loss (their gradients are the tape's), trained as mbrl-lib trains its ensembles, and
 * predicting one sample at a time through {@code dyna-nn}'s inference path, which allocates
 * nothing and is deterministic per component.
 */
package dyna.models.neural;

/**
 * Learning from transitions: the tabular action values {@link dyna.api.learning.QTable}, the
 * {@link dyna.api.learning.UpdateRule} that both real and simulated transitions go through,
 * and the behaviour {@link dyna.api.learning.Policy}.
 */
package dyna.api.learning;

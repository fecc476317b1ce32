/**
 * Learning from transitions: {@link dyna.api.learning.ActionValues} (the tabular
 * {@link dyna.api.learning.QTable}, or linear values over the sparse
 * {@link dyna.api.learning.FeatureVector} that a {@link dyna.api.learning.Features} constructor
 * writes), the {@link dyna.api.learning.UpdateRule} that both real and simulated transitions go
 * through, and the behaviour {@link dyna.api.learning.Policy}.
 */
package dyna.api.learning;

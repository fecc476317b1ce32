/**
 * Small neural networks in plain Java, and the probabilistic ensemble model built from them
 * ({@code neural-ensemble}): dense layers, Adam with weight decay, Gaussian heads trained by
 * negative log-likelihood. Written here rather than taken from a deep-learning library because
 * Dyna's planning loop makes single-sample predictions by the million, which must cost
 * microseconds, allocate nothing and be deterministic per component (measured against DJL and
 * Deeplearning4j: see the README's neural model section).
 */
package dyna.models.neural;

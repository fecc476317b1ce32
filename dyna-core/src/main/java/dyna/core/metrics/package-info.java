/**
 * The built-in metrics: what every episode gives (steps, return, truncation, the planning updates
 * made) and the diagnostics an experiment asks for by name (value error, model error, spectral
 * radius), each a {@link dyna.api.metric.MetricProvider} as a plugin's would be.
 */
package dyna.core.metrics;

/**
 * Metrics: what is measured of every episode of a run (steps, return, value error, model error,
 * ...). A {@link dyna.api.metric.MetricProvider} declares the columns it measures; its
 * {@link dyna.api.metric.Metric} sees each episode's result (and, if it asks, every real step)
 * and may read the agent and its environment through an {@link dyna.api.metric.AgentView}.
 */
package dyna.api.metric;

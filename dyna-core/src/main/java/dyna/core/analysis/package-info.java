/**
 * Exact computations on an environment's true transition table: shortest paths, the path of a
 * greedy policy, and the value of a policy, for metrics that learning curves cannot give.
 */
package dyna.core.analysis;

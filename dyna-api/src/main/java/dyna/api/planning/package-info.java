/** Planners: ways to spend a budget of simulated updates after each real step. */
package dyna.api.planning;

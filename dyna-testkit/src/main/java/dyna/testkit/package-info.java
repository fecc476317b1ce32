/**
 * Checks that every environment ({@link dyna.testkit.EnvironmentChecker}, after Gymnasium's
 * {@code env_checker}: seeding, determinism, spaces, a consistent transition table), every
 * model ({@link dyna.testkit.ModelChecker}: the model SPI's contracts) and every planner
 * ({@link dyna.testkit.PlannerChecker}: budget, search-control contracts, determinism) must pass,
 * built in or plugged in. Each returns the problems found, one line each; an empty list is a pass.
 * A {@link dyna.testkit.PlanningContextDouble} unit-tests a planner or search control without a
 * whole agent.
 */
package dyna.testkit;

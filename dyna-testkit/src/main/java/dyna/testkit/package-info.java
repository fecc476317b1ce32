/**
 * Checks that every environment ({@link dyna.testkit.EnvironmentChecker}, after Gymnasium's
 * {@code env_checker}: seeding, determinism, spaces, a consistent transition table) and every
 * model ({@link dyna.testkit.ModelChecker}: the model SPI's contracts) must pass, built in or
 * plugged in. Each returns the problems found, one line each; an empty list is a pass.
 */
package dyna.testkit;

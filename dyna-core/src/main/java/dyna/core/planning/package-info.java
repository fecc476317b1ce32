/**
 * The built-in planners: {@code random-sample} (the Dyna-Q box), {@code prioritized-sweeping},
 * {@code uniform-expected} and {@code on-policy-expected} (trajectory sampling).
 */
package dyna.core.planning;

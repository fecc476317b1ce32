/** The built-in planners: {@code random-sample} (the Dyna-Q box) and {@code prioritized-sweeping}. */
package dyna.core.planning;

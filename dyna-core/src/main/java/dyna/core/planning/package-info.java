/** The built-in planner {@code random-sample}, the planning loop of the Dyna-Q box. */
package dyna.core.planning;

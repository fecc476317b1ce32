/** The built-in action values: {@code tabular} (a Q-table) and {@code linear} (weights over features). */
package dyna.core.values;

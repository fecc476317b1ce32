/**
 * Grid mazes read from plain text maps, with an optional scheduled change: the Dyna maze
 * (Figure 8.2), the blocking maze (8.4) and the shortcut maze (8.5) of Sutton and Barto.
 */
package dyna.envs.grid;

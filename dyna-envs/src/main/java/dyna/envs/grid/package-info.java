/** Grid mazes read from plain text maps, such as the Dyna maze of Sutton and Barto's Figure 8.2. */
package dyna.envs.grid;

/** Randomly generated tasks, such as those of Sutton and Barto's Figure 8.8. */
package dyna.envs.random;

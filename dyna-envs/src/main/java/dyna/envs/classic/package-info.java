/** Classic control environments with continuous observations. */
package dyna.envs.classic;

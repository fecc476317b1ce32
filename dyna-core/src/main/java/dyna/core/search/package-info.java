/**
 * The built-in search controls, which choose where planning updates start: {@code seen-pairs}
 * (the Dyna-Q box), {@code all-pairs} (the uniform distribution), {@code recent-states} (recent
 * real experience, as MBPO), {@code priority-queue} (prioritized sweeping) and
 * {@code on-policy-trajectories} (trajectory sampling).
 */
package dyna.core.search;

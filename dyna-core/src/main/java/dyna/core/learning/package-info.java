/** The built-in update rule (Q-learning) and behaviour policy (epsilon-greedy). */
package dyna.core.learning;

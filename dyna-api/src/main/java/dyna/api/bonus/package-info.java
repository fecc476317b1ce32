/**
 * Exploration bonuses κ·f(s, a, τ), where τ is the number of real steps since (s, a) was last
 * tried, with a declared placement: added to simulated rewards, or to the values used to
 * choose real actions.
 */
package dyna.api.bonus;
